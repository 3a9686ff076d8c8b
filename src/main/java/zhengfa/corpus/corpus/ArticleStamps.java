package zhengfa.corpus.corpus;

/**
 * The sizes and modification times (nanoseconds) of an article's three files, as git's index keeps
 * them: while they are unchanged, the files are taken to be unchanged. An absent annotation file
 * has size and time -1.
 */
public record ArticleStamps(
        long textSize,
        long textModified,
        long sidecarSize,
        long sidecarModified,
        long annotationsSize,
        long annotationsModified) {

    /** How many longs the stamps take when stored flat: a size and a time for each of three files. */
    public static final int LONGS = 6;

    /** The newest of the three modification times. */
    public long newestModified() {
        return Math.max(textModified, Math.max(sidecarModified, annotationsModified));
    }
}
