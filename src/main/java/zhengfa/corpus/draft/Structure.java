package zhengfa.corpus.draft;

import java.util.List;
import java.util.Optional;

/**
 * What the layout of a page says, found by the rules of {@link StructureReader}. Every range is in
 * UTF-16 indexes of the page's text.
 */
public record Structure(
        Optional<Range> navigation,
        Optional<Line> headline,
        Optional<Line> subheadline,
        Optional<Line> dateline,
        List<Byline> bylines,
        List<Turn> turns,
        List<Line> sectionHeadings,
        List<Boilerplate> boilerplate,
        List<Line> lead) {

    /** A half-open range of UTF-16 indexes. */
    public record Range(int start, int end) {
        public boolean contains(int index) {
            return start <= index && index < end;
        }
    }

    /** A credit line and the people it names, as printed. */
    public record Byline(Line line, List<String> reporters, String creditedTo) { }

    /** One question or answer of an interview: the labelled line through the end of the turn. */
    public record Turn(boolean question, String speaker, Range range) { }

    /** Page furniture and its kind (navigation, footer, spam, page-jump, editorial-note). */
    public record Boilerplate(String kind, Range range) { }

    public boolean isInterview() {
        return turns.stream().filter(Turn::question).count() >= 2;
    }

    /** The speakers who answer, in order of first appearance. */
    public List<String> answerers() {
        return turns.stream().filter(t -> !t.question()).map(Turn::speaker).distinct().toList();
    }
}
