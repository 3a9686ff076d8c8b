package zhengfa.corpus.corpus;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.BitSet;

/**
 * The complete articles of a corpus folder, sorted by id, kept compactly: the ids front-coded
 * (a few bytes each) and a bit for "has annotations". The listing is the one thing held for every
 * article during a run, so its size is what makes memory grow with the corpus at all. An
 * article's files are resolved when it is read.
 */
public final class CorpusListing extends AbstractList<ArticleFiles> {

    private final Path root;
    private final FrontCodedStrings ids;
    private final BitSet annotated;
    private final long[] stamps;

    /** @param stamps {@link ArticleStamps#LONGS} longs per article, in its fields' order, or null when not kept */
    CorpusListing(Path root, FrontCodedStrings ids, BitSet annotated, long[] stamps) {
        this.root = root;
        this.ids = ids;
        this.annotated = (BitSet) annotated.clone();
        this.stamps = stamps;
    }

    /**
     * The article's file sizes and times as the scan saw them, or null when the scan did not keep
     * them or one of the files is a link (whose own stamps say nothing of its target).
     */
    public ArticleStamps stamps(int index) {
        if (stamps == null) {
            return null;
        }
        int at = index * ArticleStamps.LONGS;
        for (int i = at; i < at + ArticleStamps.LONGS; i++) {
            if (stamps[i] == StemTable.UNKNOWN) {
                return null;
            }
        }
        return new ArticleStamps(
                stamps[at], stamps[at + 1], stamps[at + 2], stamps[at + 3], stamps[at + 4], stamps[at + 5]);
    }

    @Override
    public ArticleFiles get(int index) {
        String id = ids.get(index);
        return new ArticleFiles(
                id,
                root.resolve(id + CorpusLayout.TEXT_SUFFIX),
                root.resolve(id + CorpusLayout.SIDECAR_SUFFIX),
                annotated.get(index) ? root.resolve(id + CorpusLayout.ANNOTATIONS_SUFFIX) : null);
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** Whether an article with this id exists. */
    public boolean containsId(String id) {
        return ids.indexOf(id) >= 0;
    }
}
