package zhengfa.corpus.script;

/** What the Han characters of a text say about its script. */
public sealed interface ScriptVerdict {

    /** Counts behind a verdict: characters that only Traditional or only Simplified text would use. */
    record Evidence(int hanCharacters, int traditionalOnly, int simplifiedOnly) {
        public String describe() {
            return hanCharacters + " Han characters, " + traditionalOnly + " Traditional-only, " + simplifiedOnly
                    + " Simplified-only";
        }
    }

    Evidence evidence();

    /** One script clearly dominates ({@code Hans} or {@code Hant}). */
    record Clear(String script, Evidence evidence) implements ScriptVerdict {}

    /** Both scripts are substantially present. */
    record Mixed(Evidence evidence) implements ScriptVerdict {}

    /** Too few script-specific characters to tell; flagged, never guessed. */
    record Undetermined(Evidence evidence) implements ScriptVerdict {}
}
