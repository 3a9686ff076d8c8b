package zhengfa.corpus.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zhengfa.corpus.model.Annotations;
import zhengfa.corpus.model.Span;

/**
 * Reads the spans of an annotation file leniently: every span whose fields have the right JSON
 * types is kept, so span rules can check it even when another span broke the schema.
 */
final class AnnotationsReader {

    private AnnotationsReader() {}

    static Annotations read(JsonNode json, String fallbackId) {
        JsonNode articleId = json.path("article_id");
        List<Span> spans = new ArrayList<>();
        JsonNode array = json.path("spans");
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()
                    || !isText(node, "id", "layer", "label", "text", "source")
                    || !node.path("start").canConvertToInt()
                    || !node.path("start").isIntegralNumber()
                    || !node.path("end").canConvertToInt()
                    || !node.path("end").isIntegralNumber()
                    // A negative offset points nowhere; the schema reports it (minimum 0), and the
                    // span rules, which index the text by offset, never see it.
                    || node.path("start").intValue() < 0
                    || node.path("end").intValue() < 0) {
                continue;
            }
            Map<String, String> attrs = new TreeMap<>();
            node.path("attrs").fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    attrs.put(e.getKey(), e.getValue().asText());
                }
            });
            spans.add(new Span(
                    i,
                    node.get("id").asText(),
                    node.get("layer").asText(),
                    node.get("label").asText(),
                    node.get("start").intValue(),
                    node.get("end").intValue(),
                    node.get("text").asText(),
                    attrs,
                    node.get("source").asText()));
        }
        return new Annotations(articleId.isTextual() ? articleId.asText() : fallbackId, spans);
    }

    private static boolean isText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (!node.path(field).isTextual()) {
                return false;
            }
        }
        return true;
    }
}
