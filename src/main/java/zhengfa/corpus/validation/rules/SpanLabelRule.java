package zhengfa.corpus.validation.rules;

import java.util.Map;
import java.util.TreeSet;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Span;
import zhengfa.corpus.vocab.LabelRegistry;
import zhengfa.corpus.vocab.Regions;

/** Layers, labels, attributes and attribute values are those of schema/labels.json. */
public final class SpanLabelRule implements ArticleRule {

    private final LabelRegistry labels;
    private final Regions regions;

    public SpanLabelRule(LabelRegistry labels, Regions regions) {
        this.labels = labels;
        this.regions = regions;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        for (Span span : article.annotations().spans()) {
            var layer = labels.layer(span.layer());
            if (layer.isEmpty()) {
                sink.report(Finding.of(FindingCode.SPAN_UNKNOWN_LAYER, article.annotationFile())
                        .at(SpanPointers.at(span, "layer"))
                        .found("\"" + span.layer() + "\"")
                        .expected("one of " + labels.layerNames())
                        .fix("use a layer of schema/labels.json, or add the layer there first")
                        .message("unknown layer " + span.layer()));
                continue;
            }
            LabelRegistry.Label label = layer.get().labels().get(span.label());
            if (label == null) {
                sink.report(Finding.of(FindingCode.SPAN_UNKNOWN_LABEL, article.annotationFile())
                        .at(SpanPointers.at(span, "label"))
                        .found("\"" + span.label() + "\"")
                        .expected(
                                "one of " + new TreeSet<>(layer.get().labels().keySet()) + " in layer " + span.layer())
                        .fix("use a label of this layer (schema/labels.json), or add it there first")
                        .message("unknown label " + span.label() + " in layer " + span.layer()));
                continue;
            }
            checkAttributes(article, span, label, sink);
        }
    }

    private void checkAttributes(ArticleInput article, Span span, LabelRegistry.Label label, FindingSink sink) {
        for (Map.Entry<String, String> attr : span.attrs().entrySet()) {
            LabelRegistry.Attribute spec = label.attributes().get(attr.getKey());
            if (spec == null) {
                sink.report(Finding.of(FindingCode.SPAN_UNKNOWN_ATTRIBUTE, article.annotationFile())
                        .at(SpanPointers.at(span, "attrs", attr.getKey()))
                        .found("\"" + attr.getKey() + "\"")
                        .expected(
                                label.attributes().isEmpty()
                                        ? "no attributes on " + span.label()
                                        : "one of "
                                                + new TreeSet<>(
                                                        label.attributes().keySet()))
                        .fix("remove the attribute, or allow it for " + span.label() + " in schema/labels.json")
                        .message(span.label() + " does not allow the attribute " + attr.getKey()));
                continue;
            }
            String value = attr.getValue();
            boolean allowed = (spec.values() == null || spec.values().contains(value))
                    && (!LabelRegistry.REGIONS_VOCABULARY.equals(spec.vocabulary())
                            || regions.find(value).isPresent());
            if (!allowed) {
                sink.report(Finding.of(FindingCode.SPAN_ATTRIBUTE_NOT_ALLOWED, article.annotationFile())
                        .at(SpanPointers.at(span, "attrs", attr.getKey()))
                        .found("\"" + value + "\"")
                        .expected(
                                spec.values() != null
                                        ? "one of " + spec.values()
                                        : "a GB/T 2260 code of schema/regions/")
                        .fix(
                                spec.values() != null
                                        ? "use one of the allowed values"
                                        : "look the division up in schema/regions/*.csv, or drop region_code for places that are not divisions")
                        .message(attr.getKey() + " value " + value + " is not allowed"));
            }
        }
        for (Map.Entry<String, LabelRegistry.Attribute> spec :
                label.attributes().entrySet()) {
            if (spec.getValue().required() && !span.attrs().containsKey(spec.getKey())) {
                sink.report(Finding.of(FindingCode.SPAN_MISSING_ATTRIBUTE, article.annotationFile())
                        .at(SpanPointers.at(span, "attrs"))
                        .found("no \"" + spec.getKey() + "\"")
                        .expected(
                                "\"" + spec.getKey() + "\": " + spec.getValue().description()
                                        + (spec.getValue().values() == null
                                                ? ""
                                                : " One of " + spec.getValue().values() + "."))
                        .fix("add attrs." + spec.getKey() + " to the span")
                        .message(span.label() + " requires the attribute " + spec.getKey()));
            }
        }
    }
}
