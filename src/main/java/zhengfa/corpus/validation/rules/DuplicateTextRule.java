package zhengfa.corpus.validation.rules;

import java.nio.ByteBuffer;
import java.util.Arrays;
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
 * them after folding Traditional characters to Simplified. Per article only two 128-bit digests and
 * its position are kept (36 bytes), and duplicates are found by sorting them at the end.
 */
public final class DuplicateTextRule {

    private final ScriptDetector detector;
    private final IntFunction<String> textFileOf;
    private long[] digests = new long[4 * 1024];
    private int[] positions = new int[1024];
    private int count;

    /**
     * @param textFileOf the display path of the text at a position
     */
    public DuplicateTextRule(ScriptDetector detector, IntFunction<String> textFileOf) {
        this.detector = detector;
        this.textFileOf = textFileOf;
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
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count * 2);
            digests = Arrays.copyOf(digests, count * 8);
        }
        digests[4 * count] = entry.rawHigh();
        digests[4 * count + 1] = entry.rawLow();
        digests[4 * count + 2] = entry.foldedHigh();
        digests[4 * count + 3] = entry.foldedLow();
        positions[count++] = position;
    }

    /** Reports the duplicates among every article accepted. */
    public synchronized void finish(FindingSink sink) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        // Folded digest first, then raw digest, then position: exact copies are adjacent inside
        // each group of texts that fold to the same string.
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> digests[4 * i + 2])
                .thenComparingLong(i -> digests[4 * i + 3])
                .thenComparingLong(i -> digests[4 * i])
                .thenComparingLong(i -> digests[4 * i + 1])
                .thenComparingInt(i -> positions[i]));
        int groupStart = 0;
        for (int k = 1; k <= count; k++) {
            if (k == count || !same(order[k], order[groupStart], 2)) {
                report(order, groupStart, k, sink);
                groupStart = k;
            }
        }
    }

    /**
     * One group of texts that fold alike. Within it, each distinct text (variant) is represented
     * by its first file in corpus order; its other files are exact copies. The variant whose
     * representative comes first is the original; the others are copies in the other script.
     */
    private void report(Integer[] order, int from, int to, FindingSink sink) {
        if (to - from < 2) {
            return;
        }
        java.util.List<Integer> representatives = new java.util.ArrayList<>();
        int variantStart = from;
        for (int k = from + 1; k <= to; k++) {
            if (k < to && same(order[k], order[variantStart], 0)) {
                String original = textFileOf.apply(positions[order[variantStart]]);
                String file = textFileOf.apply(positions[order[k]]);
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_TEXT, file)
                        .found("the same bytes as " + original).expected("each article once")
                        .fix("remove one of the two articles (keep the one whose sidecar is better sourced)")
                        .message("text is identical to " + original));
                continue;
            }
            representatives.add(positions[order[variantStart]]);
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

    private boolean same(int a, int b, int offset) {
        return digests[4 * a + offset] == digests[4 * b + offset] && digests[4 * a + offset + 1] == digests[4 * b + offset + 1];
    }

}
