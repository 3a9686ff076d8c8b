package zhengfa.corpus.validation.rules;

import java.util.HashMap;
import java.util.Map;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Span;

/** Span ids are how releases and diffs refer to a span, so they are unique within an article. */
public final class SpanIdRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        Map<String, Span> first = new HashMap<>();
        for (Span span : article.annotations().spans()) {
            Span earlier = first.putIfAbsent(span.id(), span);
            if (earlier != null) {
                sink.report(Finding.of(FindingCode.SPAN_DUPLICATE_ID, article.annotationFile())
                        .at(SpanPointers.at(span, "id"))
                        .found("\"" + span.id() + "\", already used by /spans/" + earlier.index())
                        .expected("span ids unique within the article")
                        .fix("give this span a new id; never reuse the id of a deleted span")
                        .message("duplicate span id " + span.id()));
            }
        }
    }
}
