package zhengfa.corpus.validation.rules;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.CodePoints;
import zhengfa.corpus.model.Span;
import zhengfa.corpus.vocab.LabelRegistry;

/**
 * Spans of one layer overlap only as the layer allows: not at all ("none"), by nesting ("nest":
 * one inside the other, never partly crossing), or freely ("any"). Only correctly anchored spans
 * are compared.
 */
public final class SpanOverlapRule implements ArticleRule {

    private static final Comparator<Span> DOCUMENT_ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparingInt(Span::index);

    private final LabelRegistry labels;

    public SpanOverlapRule(LabelRegistry labels) {
        this.labels = labels;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText()) {
            return;
        }
        // A span whose offsets are wrong is reported once, by SpanAnchorRule; its overlaps are noise.
        CodePoints text = new CodePoints(article.text());
        Map<String, List<Span>> byLayer = article.annotations().spans().stream()
                .filter(s -> s.start() < s.end()
                        && s.end() <= text.length()
                        && text.slice(s.start(), s.end()).equals(s.text()))
                .collect(Collectors.groupingBy(Span::layer, TreeMap::new, Collectors.toList()));
        byLayer.forEach((layerName, spans) -> labels.layer(layerName).ifPresent(layer -> {
            if (layer.overlap() != LabelRegistry.Overlap.ANY) {
                check(
                        article,
                        layerName,
                        layer.overlap(),
                        withoutCopies(spans).stream().sorted(DOCUMENT_ORDER).toList(),
                        sink);
            }
        }));
    }

    /** The spans without copies of an earlier one: a copy is SpanDuplicateRule's, reported once there. */
    private static List<Span> withoutCopies(List<Span> spans) {
        Map<SpanDuplicateRule.Identity, Span> first = new LinkedHashMap<>();
        spans.forEach(s -> first.putIfAbsent(SpanDuplicateRule.Identity.of(s), s));
        return List.copyOf(first.values());
    }

    private static void check(
            ArticleInput article, String layer, LabelRegistry.Overlap policy, List<Span> spans, FindingSink sink) {
        Deque<Span> open = new ArrayDeque<>();
        for (Span span : spans) {
            while (!open.isEmpty() && open.peek().end() <= span.start()) {
                open.pop();
            }
            Span enclosing = open.peek();
            if (enclosing != null) {
                boolean nested = enclosing.contains(span);
                if (policy == LabelRegistry.Overlap.NONE || !nested) {
                    sink.report(Finding.of(FindingCode.SPAN_FORBIDDEN_OVERLAP, article.annotationFile())
                            .at(SpanPointers.at(span))
                            .found(SpanPointers.describe(span) + " [" + span.start() + ", " + span.end() + ") "
                                    + (nested ? "inside " : "partly overlapping ") + SpanPointers.describe(enclosing)
                                    + " [" + enclosing.start() + ", " + enclosing.end() + ")")
                            .expected(
                                    policy == LabelRegistry.Overlap.NONE
                                            ? "no overlap in layer " + layer
                                            : "spans of layer " + layer
                                                    + " nested or disjoint, never partly overlapping")
                            .fix("move one boundary so that one span contains the other, or split a span")
                            .message("spans " + enclosing.id() + " and " + span.id() + " overlap in a way layer "
                                    + layer + " forbids"));
                    continue;
                }
            }
            open.push(span);
        }
    }
}
