package zhengfa.corpus.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * A top-level string member of a curated JSON file set to a new value with every other byte kept:
 * the curator's layout, spacing and key order stay, so that a diff under git shows the one change
 * ({@code rename} rewrites an id this way). Empty where the member is not a top-level string.
 */
public final class TopLevelStringEdit {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopLevelStringEdit() {
    }

    public static Optional<String> set(String json, String key, String value) throws IOException {
        int start = -1;
        try (JsonParser parser = FACTORY.createParser(json)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (depth == 1 && token == JsonToken.FIELD_NAME && parser.currentName().equals(key)) {
                    if (parser.nextToken() != JsonToken.VALUE_STRING) {
                        return Optional.empty();
                    }
                    start = (int) parser.currentTokenLocation().getCharOffset();
                    break;
                }
            }
        }
        if (start < 0 || json.charAt(start) != '"') {
            return Optional.empty();
        }
        int end = start + 1;
        while (end < json.length() && json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
        }
        String edited = json.substring(0, start) + '"' + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + '"'
                + json.substring(end + 1);
        // the edit must change that member and nothing else, or it is not made
        JsonNode expected = MAPPER.readTree(json);
        if (!(expected instanceof ObjectNode object)) {
            return Optional.empty();
        }
        object.put(key, value);
        return MAPPER.readTree(edited).equals(expected) ? Optional.of(edited) : Optional.empty();
    }
}
