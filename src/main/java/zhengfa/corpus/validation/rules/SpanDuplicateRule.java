package zhengfa.corpus.validation.rules;

import java.util.HashMap;
import java.util.Map;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Span;

/**
 * A span is recorded once: a copy of a span (the same layer, label, start and end) under another id
 * would count twice in every release table and statistic. Attributes are not compared: two spans
 * of one label over one passage are one annotation whatever their attributes say.
 */
public final class SpanDuplicateRule implements ArticleRule {

    /** What makes two spans the same annotation. */
    record Identity(String layer, String label, int start, int end) {
        static Identity of(Span span) {
            return new Identity(span.layer(), span.label(), span.start(), span.end());
        }
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        Map<Identity, Span> first = new HashMap<>();
        for (Span span : article.annotations().spans()) {
            Span earlier = first.putIfAbsent(Identity.of(span), span);
            // a copy under the same id is SPAN_DUPLICATE_ID's, reported once there
            if (earlier != null && !earlier.id().equals(span.id())) {
                sink.report(Finding.of(FindingCode.SPAN_DUPLICATE, article.annotationFile())
                        .at(SpanPointers.at(span))
                        .found(SpanPointers.describe(span) + " [" + span.start() + ", " + span.end()
                                + "), the same as span " + earlier.id() + " (/spans/" + earlier.index() + ")")
                        .expected("each span once")
                        .edit(Edit.json().remove("/spans/" + span.index()).build())
                        .fix("delete span " + span.id() + " (/spans/" + span.index() + "), a copy of " + earlier.id())
                        .message("spans " + earlier.id() + " and " + span.id() + " are the same span"));
            }
        }
    }
}
