package zhengfa.corpus.bench;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an article text line by line and records spans over it as it goes. Offsets are counted in
 * code points as the text grows (never String.length(), which counts UTF-16 units), and each span's
 * {@code text} is sliced from the finished text, so it equals the covered code points by construction.
 */
final class TextBuilder {

    static final String STRUCTURE = "structure";
    static final String ENTITY = "entity";

    /** A finished span, as the annotation file lists it. {@code attrs} is empty when the label takes none. */
    record Span(String id, String layer, String label, int start, int end, String text, Map<String, String> attrs) {}

    private record Draft(String layer, String label, int start, int end, Map<String, String> attrs) {}

    /** The order of the seeds' annotation files: structure before entity, then by start, longer first, then label. */
    private static final Comparator<Draft> ORDER = Comparator.comparingInt(
                    (Draft d) -> d.layer().equals(STRUCTURE) ? 0 : 1)
            .thenComparingInt(Draft::start)
            .thenComparing(Comparator.comparingInt(Draft::end).reversed())
            .thenComparing(Draft::label);

    private final StringBuilder text = new StringBuilder();
    private final List<Draft> drafts = new ArrayList<>();
    private final String blockSeparator;
    private int length;

    /** @param blockSeparator what stands between two lines of the article ("\n", or "\n\n" for blank lines between) */
    TextBuilder(String blockSeparator) {
        this.blockSeparator = blockSeparator;
    }

    /** Current length in code points: the offset of whatever is appended next. */
    int position() {
        return length;
    }

    /** Starts a new line (block); nothing is written before the first one. */
    TextBuilder newBlock() {
        if (length > 0) {
            append(blockSeparator);
        }
        return this;
    }

    TextBuilder append(String s) {
        text.append(s);
        length += s.codePointCount(0, s.length());
        return this;
    }

    /** Appends a name and marks it as an entity. */
    TextBuilder entity(String label, String name, String regionCode) {
        int start = length;
        append(name);
        drafts.add(new Draft(
                ENTITY, label, start, length, regionCode == null ? Map.of() : Map.of("region_code", regionCode)));
        return this;
    }

    /** Appends a piece of seed text with its entity spans, shifted to where it lands. */
    TextBuilder piece(Piece.Variant piece) {
        int start = length;
        append(piece.text());
        for (Piece.Entity e : piece.entities()) {
            drafts.add(new Draft(
                    ENTITY,
                    e.label(),
                    start + e.start(),
                    start + e.end(),
                    e.regionCode() == null ? Map.of() : Map.of("region_code", e.regionCode())));
        }
        return this;
    }

    /** Marks {@code [start, end)} with a structure label. */
    TextBuilder structure(String label, int start, int end, Map<String, String> attrs) {
        drafts.add(new Draft(STRUCTURE, label, start, end, attrs));
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Where the text ends, in UTF-16 units: only a bookmark for {@link #textSince(int)}, never an offset. */
    int bookmark() {
        return text.length();
    }

    /** What was appended since the bookmark, e.g. a sentence to quote as date evidence. */
    String textSince(int bookmark) {
        return text.substring(bookmark);
    }

    /**
     * The spans in the seeds' order with ids s001…/e001…, after checking what the validator would
     * reject, so that a bug in the composer fails here, naming the span, rather than in a benchmark.
     */
    List<Span> spans() {
        String finished = text.toString();
        if (!Normalizer.isNormalized(finished, Normalizer.Form.NFC)) {
            throw new IllegalStateException("composed text is not NFC");
        }
        int[] cp = finished.codePoints().toArray();
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(ORDER);
        List<Span> spans = new ArrayList<>(sorted.size());
        int structure = 0;
        int entity = 0;
        for (Draft d : sorted) {
            if (d.start() < 0
                    || d.start() >= d.end()
                    || d.end() > cp.length
                    || MaterialPool.isSpace(cp[d.start()])
                    || MaterialPool.isSpace(cp[d.end() - 1])) {
                throw new IllegalStateException("bad span " + d + " over a text of " + cp.length + " code points");
            }
            String id = d.layer().equals(STRUCTURE)
                    ? String.format(Locale.ROOT, "s%03d", ++structure)
                    : String.format(Locale.ROOT, "e%03d", ++entity);
            spans.add(new Span(
                    id,
                    d.layer(),
                    d.label(),
                    d.start(),
                    d.end(),
                    new String(cp, d.start(), d.end() - d.start()),
                    d.attrs()));
        }
        requireNesting(spans);
        return spans;
    }

    /** Spans of one layer nest or are disjoint, never partly overlapping (labels.json: "overlap": "nest"). */
    private static void requireNesting(List<Span> sortedSpans) {
        Deque<Span> open = new ArrayDeque<>();
        String layer = null;
        for (Span s : sortedSpans) {
            if (!s.layer().equals(layer)) {
                open.clear();
                layer = s.layer();
            }
            while (!open.isEmpty() && open.peek().end() <= s.start()) {
                open.pop();
            }
            if (!open.isEmpty() && s.end() > open.peek().end()) {
                throw new IllegalStateException("spans " + open.peek() + " and " + s + " partly overlap");
            }
            open.push(s);
        }
    }
}
