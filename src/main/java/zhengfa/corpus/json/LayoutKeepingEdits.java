package zhengfa.corpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Edits of a curated JSON file that keep every other byte: the curator's layout, spacing and key
 * order stay, so that a diff under git shows the one change ({@code rename} rewrites an id, {@code
 * sources add} inserts a source, this way). Each edit is checked by parsing its result; empty where
 * it cannot be made so, and the caller writes the file anew.
 */
public final class LayoutKeepingEdits {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LayoutKeepingEdits() {}

    /**
     * A new top-level member whose value is an object of strings and arrays of strings, inserted where
     * its key falls in the keys' order and laid out as its neighbours are (two-space indents, one
     * array item a line, {@code []} when empty, keys in order): the rest of the file stays as it is.
     */
    public static Optional<String> insertInOrder(String json, String key, ObjectNode value) throws IOException {
        int before = topLevelOffset(json, name -> name.compareTo(key) > 0, false);
        String member = "  " + quote(key) + ": " + render(value);
        String edited;
        if (before >= 0) {
            int lineStart = json.lastIndexOf('\n', before) + 1;
            edited = json.substring(0, lineStart) + member + ",\n" + json.substring(lineStart);
        } else {
            int close = json.lastIndexOf('}');
            int lastContent = close - 1;
            while (lastContent >= 0 && Character.isWhitespace(json.charAt(lastContent))) {
                lastContent--;
            }
            boolean empty = json.charAt(lastContent) == '{';
            edited = json.substring(0, lastContent + 1) + (empty ? "" : ",") + "\n" + member + "\n"
                    + json.substring(close);
        }
        return checked(json, edited, key, value);
    }

    private static String render(ObjectNode value) {
        StringBuilder out = new StringBuilder("{\n");
        List<String> keys = new ArrayList<>();
        value.fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        for (int i = 0; i < keys.size(); i++) {
            JsonNode field = value.get(keys.get(i));
            out.append("    ").append(quote(keys.get(i))).append(": ");
            if (field.isArray()) {
                if (field.isEmpty()) {
                    out.append("[]");
                } else {
                    out.append("[\n");
                    for (int j = 0; j < field.size(); j++) {
                        out.append("      ")
                                .append(quote(field.get(j).asText()))
                                .append(j + 1 < field.size() ? ",\n" : "\n");
                    }
                    out.append("    ]");
                }
            } else {
                out.append(quote(field.asText()));
            }
            out.append(i + 1 < keys.size() ? ",\n" : "\n");
        }
        return out.append("  }").toString();
    }

    private static String quote(String value) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"';
    }

    public static Optional<String> set(String json, String key, String value) throws IOException {
        int start = topLevelOffset(json, key::equals, true);
        if (start < 0 || json.charAt(start) != '"') {
            return Optional.empty(); // no such member, or its value is no string
        }
        int end = start + 1;
        while (end < json.length() && json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
        }
        return checked(
                json, json.substring(0, start) + quote(value) + json.substring(end + 1), key, TextNode.valueOf(value));
    }

    /**
     * The character offset of the first top-level member whose name passes: of its name, or of its
     * value; -1 if there is none.
     */
    private static int topLevelOffset(String json, Predicate<String> name, boolean atValue) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (depth == 1 && token == JsonToken.FIELD_NAME && name.test(parser.currentName())) {
                    if (atValue) {
                        parser.nextToken();
                    }
                    return (int) parser.currentTokenLocation().getCharOffset();
                }
            }
        }
        return -1;
    }

    /** The edited text, if it is the original with that member set and nothing else changed. */
    private static Optional<String> checked(String json, String edited, String key, JsonNode value) throws IOException {
        JsonNode expected = MAPPER.readTree(json);
        if (!(expected instanceof ObjectNode object)) {
            return Optional.empty();
        }
        object.set(key, value);
        return MAPPER.readTree(edited).equals(expected) ? Optional.of(edited) : Optional.empty();
    }
}
