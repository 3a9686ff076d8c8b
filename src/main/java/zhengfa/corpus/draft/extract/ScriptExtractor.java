package zhengfa.corpus.draft.extract;

import java.util.List;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.script.ScriptVerdict;

/**
 * The script of the article's own text: the page without its furniture, so that an injected spam
 * line or a Simplified navigation bar on a Traditional page does not decide. A short text with few
 * script-specific characters is still judged if they all agree.
 */
public final class ScriptExtractor {

    static final double CLEAR = 0.95;
    static final double FEW_BUT_AGREEING = 0.7;
    static final int FEW = 8;

    private final ScriptDetector scripts;

    public ScriptExtractor(ScriptDetector scripts) {
        this.scripts = scripts;
    }

    /** @param articleText the text without the lines classified as furniture */
    public FieldDraft<String> extract(String articleText) {
        ScriptVerdict verdict = scripts.detect(articleText);
        ScriptVerdict.Evidence e = verdict.evidence();
        Evidence evidence = new Evidence(1, e.describe());
        if (verdict instanceof ScriptVerdict.Clear clear) {
            return new FieldDraft.Drafted<>(
                    new Candidate<>(clear.script(), CLEAR, evidence, "the article's characters"), CLEAR, List.of());
        }
        int specific = e.traditionalOnly() + e.simplifiedOnly();
        if (verdict instanceof ScriptVerdict.Undetermined
                && specific >= FEW
                && Math.max(e.traditionalOnly(), e.simplifiedOnly()) >= ScriptDetector.DOMINANCE * specific) {
            String script = e.traditionalOnly() > e.simplifiedOnly() ? "Hant" : "Hans";
            return new FieldDraft.Drafted<>(
                    new Candidate<>(
                            script, FEW_BUT_AGREEING, evidence, "few script-specific characters, all of one script"),
                    FEW_BUT_AGREEING,
                    List.of());
        }
        return new FieldDraft.Blank<>(
                verdict instanceof ScriptVerdict.Mixed
                        ? "the article mixes Simplified and Traditional characters (" + e.describe()
                                + "): check which it is"
                        : "too few script-specific characters to tell (" + e.describe() + "): check by eye",
                List.of());
    }
}
