package zhengfa.corpus.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an article's three files in the layout of the seed corpus: the text as UTF-8 without BOM
 * or final newline; the sidecar one field per line; the annotations one span per line, as
 * the seeds' gold files have them. JSON values are written by Jackson, so escaping is never
 * done by hand.
 */
final class ArticleWriter {

    static final String SPAN_SOURCE = "rule:synthetic@1";

    /** One-line JSON with the seeds' spacing: {"id": "s001", "layer": "structure", ...}. */
    private static final class InlinePrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    private final ObjectMapper mapper;
    private final ObjectWriter inline;

    ArticleWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.inline = mapper.writer(new InlinePrinter());
    }

    /** Writes the three files; never overwrites one (the output folder starts empty). */
    void write(Path dir, ArticleComposer.Article article) throws IOException {
        write(dir.resolve(article.id() + ".txt"), article.text());
        write(dir.resolve(article.id() + ".meta.json"), sidecar(article.sidecar()));
        write(dir.resolve(article.id() + ".ann.json"), annotations(article));
    }

    private static void write(Path file, String content) throws IOException {
        Files.write(
                file,
                content.getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** One field per line; a non-empty list of interviewees gets one line per person. */
    String sidecar(ObjectNode sidecar) throws IOException {
        StringBuilder out = new StringBuilder("{\n");
        var fields = sidecar.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.append("  ").append(inline.writeValueAsString(field.getKey())).append(": ");
            JsonNode value = field.getValue();
            if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                out.append("[\n");
                for (int i = 0; i < value.size(); i++) {
                    out.append("    ")
                            .append(inline.writeValueAsString(value.get(i)))
                            .append(i < value.size() - 1 ? ",\n" : "\n");
                }
                out.append("  ]");
            } else {
                out.append(inline.writeValueAsString(value));
            }
            out.append(fields.hasNext() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    String annotations(ArticleComposer.Article article) throws IOException {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"article_id\": ")
                .append(inline.writeValueAsString(article.id()))
                .append(",\n");
        out.append("  \"spans\": [\n");
        for (int i = 0; i < article.spans().size(); i++) {
            TextBuilder.Span span = article.spans().get(i);
            ObjectNode node = mapper.createObjectNode();
            node.put("id", span.id());
            node.put("layer", span.layer());
            node.put("label", span.label());
            node.put("start", span.start());
            node.put("end", span.end());
            node.put("text", span.text());
            if (!span.attrs().isEmpty()) {
                ObjectNode attrs = node.putObject("attrs");
                new TreeMap<>(span.attrs()).forEach(attrs::put); // sorted: never a Map's own order
            }
            node.put("source", SPAN_SOURCE);
            out.append("    ")
                    .append(inline.writeValueAsString(node))
                    .append(i < article.spans().size() - 1 ? ",\n" : "\n");
        }
        return out.append("  ]\n}\n").toString();
    }
}
