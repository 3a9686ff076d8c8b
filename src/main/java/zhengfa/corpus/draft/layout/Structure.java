package zhengfa.corpus.draft.layout;

import java.util.List;
import java.util.Optional;
import zhengfa.corpus.draft.page.Line;

/**
 * The layout of a drafted page, for its structure spans: the headline and subheadline, the
 * dateline and credit lines, interview turns, section headings and furniture. Ranges are UTF-16
 * indexes of the page's text.
 *
 * @param lead the article's first paragraphs
 */
public record Structure(
        Optional<Line> headline,
        Optional<Line> subheadline,
        Optional<Line> dateline,
        List<Line> bylines,
        List<Turn> turns,
        List<Line> sectionHeadings,
        List<Furniture> furniture,
        List<Line> lead) {

    /** A half-open range of UTF-16 indexes. */
    public record Range(int start, int end) {
        public boolean contains(int index) {
            return start <= index && index < end;
        }
    }

    /** One question or answer of an interview: the labelled line through the end of the turn. */
    public record Turn(boolean question, String speaker, Range range) {}

    public boolean isInterview() {
        return turns.stream().filter(Turn::question).count() >= 2;
    }

    /** The speakers who answer, in order of first appearance. */
    public List<String> answerers() {
        return turns.stream()
                .filter(t -> !t.question())
                .map(Turn::speaker)
                .distinct()
                .toList();
    }
}
