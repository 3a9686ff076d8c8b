package zhengfa.corpus.model;

import java.util.Map;

/**
 * One stand-off annotation: a half-open range {@code [start, end)} of Unicode code points over
 * the article's exact text, with its anchor text.
 *
 * @param index position in the file's {@code spans} array, for locating findings
 */
public record Span(
        int index,
        String id,
        String layer,
        String label,
        int start,
        int end,
        String text,
        Map<String, String> attrs,
        String source) {

    /** The label of page furniture (navigation, footers, spam): kept in the text, left out of an article's body. */
    public static final String BOILERPLATE = "boilerplate";

    public Span {
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
