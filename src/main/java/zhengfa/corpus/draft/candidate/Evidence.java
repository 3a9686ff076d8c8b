package zhengfa.corpus.draft.candidate;

/**
 * Where a candidate was read: a line of the text (1-based, as an editor shows it) or the page's
 * address, with the passage quoted verbatim.
 *
 * @param line  the 1-based line number, or 0 when the evidence is the URL
 * @param quote the passage, verbatim from the text (or the URL)
 */
public record Evidence(int line, String quote) {

    public static Evidence url(String url) {
        return new Evidence(0, url);
    }

    public boolean inUrl() {
        return line == 0;
    }

    /** "line 7" or "the URL", for the curator's checklist. */
    public String where() {
        return inUrl() ? "the URL" : "line " + line;
    }
}
