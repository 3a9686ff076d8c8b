package zhengfa.corpus.validation.rules;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Comparator;
import java.util.function.IntFunction;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;
import zhengfa.corpus.validation.ValidationCache;

/**
 * The same article scraped twice would be counted twice: byte-identical texts are one duplicate,
 * and so are texts that differ only in script (one Simplified, one Traditional), found by comparing
 * them after folding Traditional characters to Simplified. This is the one rule that must remember
 * something of every article, so it keeps 12 bytes, by position: the first 64 bits of the folded
 * text's SHA-256 and the first 32 of the raw text's. Two different texts share 64 bits with a
 * chance of about one in 10^9 in a corpus of 300 000; the raw bits only tell an exact copy from a
 * cross-script one among texts that already fold alike.
 */
public final class DuplicateTextRule {

    private final ScriptDetector detector;
    private final IntFunction<String> textFileOf;
    private final long[] folded;
    private final int[] raw;
    private final BitSet present;

    /**
     * @param articles how many articles there are: positions run from 0 to articles - 1
     * @param textFileOf the display path of the text at a position
     */
    public DuplicateTextRule(ScriptDetector detector, int articles, IntFunction<String> textFileOf) {
        this.detector = detector;
        this.textFileOf = textFileOf;
        this.folded = new long[articles];
        this.raw = new int[articles];
        this.present = new BitSet(articles);
    }

    /** The digests this rule compares, or null for a text it ignores (unreadable or blank). */
    public ValidationCache.Entry digestsOf(ArticleInput article) {
        if (!article.hasText() || article.text().isBlank()) {
            return null;
        }
        ByteBuffer r = ByteBuffer.wrap(Sha256.of(article.text()));
        ByteBuffer f = ByteBuffer.wrap(Sha256.of(detector.foldToSimplified(article.text())));
        return new ValidationCache.Entry(r.getLong(), r.getLong(), f.getLong(), f.getLong());
    }

    /** Takes an article's digests as remembered by the validation cache. */
    public synchronized void accept(int position, ValidationCache.Entry entry) {
        folded[position] = entry.foldedHigh();
        raw[position] = (int) (entry.rawHigh() >>> 32);
        present.set(position);
    }

    /**
     * Reports the duplicates among every article accepted. Only articles whose folded digest
     * occurs more than once can be duplicates; they are found with one sorted array of longs, and
     * only those few are grouped and compared.
     */
    public synchronized void finish(FindingSink sink) {
        long[] sorted = new long[present.cardinality()];
        int n = 0;
        for (int p = present.nextSetBit(0); p >= 0; p = present.nextSetBit(p + 1)) {
            sorted[n++] = folded[p];
        }
        Arrays.sort(sorted);
        List<Integer> candidates = new ArrayList<>();
        for (int p = present.nextSetBit(0); p >= 0; p = present.nextSetBit(p + 1)) {
            int at = Arrays.binarySearch(sorted, folded[p]);
            if ((at > 0 && sorted[at - 1] == sorted[at]) || (at + 1 < n && sorted[at + 1] == sorted[at])) {
                candidates.add(p);
            }
        }
        // Folded digest first, then raw digest, then position: exact copies are adjacent inside
        // each group of texts that fold to the same string.
        candidates.sort(Comparator.<Integer>comparingLong(p -> folded[p]).thenComparingInt(p -> raw[p])
                .thenComparingInt(p -> p));
        int groupStart = 0;
        for (int k = 1; k <= candidates.size(); k++) {
            if (k == candidates.size() || folded[candidates.get(k)] != folded[candidates.get(groupStart)]) {
                report(candidates.subList(groupStart, k), sink);
                groupStart = k;
            }
        }
    }

    /**
     * One group of texts that fold alike. Within it, each distinct text (variant) is represented
     * by its first file in corpus order; its other files are exact copies. The variant whose
     * representative comes first is the original; the others are copies in the other script.
     */
    private void report(List<Integer> group, FindingSink sink) {
        if (group.size() < 2) {
            return;
        }
        List<Integer> representatives = new ArrayList<>();
        int variantStart = 0;
        for (int k = 1; k <= group.size(); k++) {
            if (k < group.size() && raw[group.get(k)] == raw[group.get(variantStart)]) {
                String original = textFileOf.apply(group.get(variantStart));
                String file = textFileOf.apply(group.get(k));
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_TEXT, file)
                        .found("the same bytes as " + original).expected("each article once")
                        .fix("remove one of the two articles (keep the one whose sidecar is better sourced)")
                        .message("text is identical to " + original));
                continue;
            }
            representatives.add(group.get(variantStart));
            variantStart = k;
        }
        representatives.sort(null);
        String first = textFileOf.apply(representatives.get(0));
        for (int position : representatives.subList(1, representatives.size())) {
            sink.report(Finding.of(FindingCode.CORPUS_CROSS_SCRIPT_DUPLICATE, textFileOf.apply(position))
                    .found("the same text as " + first + " once both are converted to Simplified script")
                    .expected("each article once, in the script it was published in")
                    .fix("keep the article in its original script and remove the converted copy")
                    .message("text duplicates " + first + " in the other script"));
        }
    }
}
