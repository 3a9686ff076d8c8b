package zhengfa.corpus.corpus;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * The complete articles of a corpus folder, sorted by id, kept compactly (one string per article
 * and a bit for "has annotations"); the files of an article are resolved when it is read.
 */
public final class CorpusListing extends AbstractList<ArticleFiles> {

    private final Path root;
    private final List<String> ids;
    private final BitSet annotated;

    CorpusListing(Path root, List<String> ids, BitSet annotated) {
        this.root = root;
        this.ids = List.copyOf(ids);
        this.annotated = (BitSet) annotated.clone();
    }

    @Override
    public ArticleFiles get(int index) {
        String id = ids.get(index);
        return new ArticleFiles(id, root.resolve(id + CorpusLayout.TEXT_SUFFIX), root.resolve(id + CorpusLayout.SIDECAR_SUFFIX),
                annotated.get(index) ? root.resolve(id + CorpusLayout.ANNOTATIONS_SUFFIX) : null);
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** The position of an article in the listing, or a negative number if there is none. */
    public int indexOf(String id) {
        return Collections.binarySearch(ids, id);
    }

    /** Whether an article with this id exists (ids are sorted). */
    public boolean containsId(String id) {
        return Collections.binarySearch(ids, id) >= 0;
    }
}
