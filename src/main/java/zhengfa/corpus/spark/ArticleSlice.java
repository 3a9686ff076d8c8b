package zhengfa.corpus.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import zhengfa.corpus.corpus.ArticleFiles;
import zhengfa.corpus.corpus.ArticleStamps;
import zhengfa.corpus.corpus.CorpusListing;

/**
 * A run of consecutive articles in id order, the unit of work of one Spark task. Slices are cut
 * from the driver's listing, so slice {@code k}'s articles all come before slice {@code k+1}'s:
 * the release's files are the slices' parts joined in slice order, with no shuffle.
 *
 * @param firstPosition the position of the first article in the whole corpus (the corpus checks
 *     name texts by position)
 * @param sizes three per article (text, sidecar, annotations) as listed, -1 when not known
 */
record ArticleSlice(int index, int firstPosition, String[] ids, boolean[] annotated, long[] sizes)
        implements Serializable {

    int size() {
        return ids.length;
    }

    /** The listing cut into slices of at most {@code articlesPerSlice} articles. */
    static List<ArticleSlice> of(CorpusListing listing, int articlesPerSlice) {
        List<ArticleSlice> slices = new ArrayList<>();
        for (int start = 0; start < listing.size(); start += articlesPerSlice) {
            int n = Math.min(articlesPerSlice, listing.size() - start);
            String[] ids = new String[n];
            boolean[] annotated = new boolean[n];
            long[] sizes = new long[3 * n];
            for (int i = 0; i < n; i++) {
                ArticleFiles files = listing.get(start + i);
                ids[i] = files.id();
                annotated[i] = files.annotations() != null;
                ArticleStamps stamps = listing.stamps(start + i);
                sizes[3 * i] = stamps == null ? -1 : stamps.textSize();
                sizes[3 * i + 1] = stamps == null ? -1 : stamps.sidecarSize();
                sizes[3 * i + 2] = stamps == null || !annotated[i] ? -1 : stamps.annotationsSize();
            }
            slices.add(new ArticleSlice(slices.size(), start, ids, annotated, sizes));
        }
        return slices;
    }

    /** How findings and messages name the slice: its first and last article. */
    String describe() {
        return ids.length == 0 ? "no articles" : ids[0] + " … " + ids[ids.length - 1];
    }
}
