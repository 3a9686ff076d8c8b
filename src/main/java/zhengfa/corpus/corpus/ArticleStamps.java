package zhengfa.corpus.corpus;

/**
 * The sizes and modification times (nanoseconds) of an article's three files, as git's index keeps
 * them: while they are unchanged, the files are taken to be unchanged. An absent annotation file
 * has size and time -1.
 */
public record ArticleStamps(long textSize, long textModified, long sidecarSize, long sidecarModified,
                            long annotationsSize, long annotationsModified) {

    /** The newest of the three modification times. */
    public long newestModified() {
        return Math.max(textModified, Math.max(sidecarModified, annotationsModified));
    }
}
