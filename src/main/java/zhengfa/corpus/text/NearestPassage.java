package zhengfa.corpus.text;

import java.util.Optional;

/**
 * The passage of a text closest to a quote that does not occur in it verbatim: the substring with
 * the fewest edits (insertions, deletions, substitutions of code points) from the quote, found by
 * Sellers' approximate-matching dynamic programme in time proportional to text × quote.
 */
public final class NearestPassage {

    /** Quotes longer than this are not searched: the programme's cost grows with text × quote. */
    public static final int MAX_QUOTE = 2000;

    private NearestPassage() {}

    /** UTF-16 indexes of the passage in the text, and how many edits it is from the quote. */
    public record Passage(int start, int end, int edits, String text) {}

    /** The closest passage, or nothing when even the best needs more edits than half the quote's length. */
    public static Optional<Passage> find(String text, String quote) {
        int[] t = text.codePoints().toArray();
        int[] q = quote.codePoints().toArray();
        int m = q.length;
        if (m == 0 || m > MAX_QUOTE || t.length == 0) {
            return Optional.empty();
        }
        // cost[i][j]: edits between q[0..i) and the best substring of t ending at j; start[i][j] where it starts.
        int[] prevCost = new int[t.length + 1];
        int[] prevStart = new int[t.length + 1];
        for (int j = 0; j <= t.length; j++) {
            prevStart[j] = j;
        }
        int[] cost = new int[t.length + 1];
        int[] start = new int[t.length + 1];
        for (int i = 1; i <= m; i++) {
            cost[0] = i;
            start[0] = 0;
            for (int j = 1; j <= t.length; j++) {
                int substitute = prevCost[j - 1] + (q[i - 1] == t[j - 1] ? 0 : 1);
                int skipQuote = prevCost[j] + 1;
                int skipText = cost[j - 1] + 1;
                if (substitute <= skipQuote && substitute <= skipText) {
                    cost[j] = substitute;
                    start[j] = prevStart[j - 1];
                } else if (skipQuote <= skipText) {
                    cost[j] = skipQuote;
                    start[j] = prevStart[j];
                } else {
                    cost[j] = skipText;
                    start[j] = start[j - 1];
                }
            }
            int[] swap = prevCost;
            prevCost = cost;
            cost = swap;
            swap = prevStart;
            prevStart = start;
            start = swap;
        }
        int bestEnd = 1;
        for (int j = 1; j <= t.length; j++) {
            if (prevCost[j] < prevCost[bestEnd]) {
                bestEnd = j;
            }
        }
        int edits = prevCost[bestEnd];
        if (edits * 2 > m) {
            return Optional.empty();
        }
        int from = text.offsetByCodePoints(0, prevStart[bestEnd]);
        int to = text.offsetByCodePoints(0, bestEnd);
        return Optional.of(new Passage(from, to, edits, text.substring(from, to)));
    }
}
