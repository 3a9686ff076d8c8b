package zhengfa.corpus.model;

import java.util.List;

/**
 * The stand-off annotation file of one article.
 *
 * @param spans the spans that could be read, in file order (spans with wrongly typed fields are
 *     left out here; the schema reported them)
 */
public record Annotations(String articleId, List<Span> spans) {

    public Annotations {
        spans = List.copyOf(spans);
    }

    public static Annotations none(String articleId) {
        return new Annotations(articleId, List.of());
    }
}
