package zhengfa.corpus.draft.extract;

import java.util.Optional;
import zhengfa.corpus.draft.page.Line;

/**
 * The article's headline as printed, the line it stands on, and the subheadline under it.
 *
 * @param line the line the headline is printed on (for a labelled 标题:X, the label's line)
 */
public record Headline(String text, Line line, Optional<Line> subheadline) {

    @Override
    public String toString() {
        return text;
    }
}
