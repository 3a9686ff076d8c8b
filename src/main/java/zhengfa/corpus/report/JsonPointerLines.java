package zhengfa.corpus.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.text.TextPositions;

/**
 * Where a JSON Pointer's value starts in a file, as line and code-point column, for reports that
 * only understand lines (SARIF viewers, CI annotations). The file is re-read with a streaming
 * parser; a pointer to a missing field resolves to its parent object.
 */
final class JsonPointerLines {

    private final Path root;
    private final Map<String, Map<String, Location.LineColumn>> cache = new HashMap<>();

    JsonPointerLines(Path root) {
        this.root = root;
    }

    Optional<Location.LineColumn> locate(String file, String pointer) {
        Map<String, Location.LineColumn> positions = cache.computeIfAbsent(file, this::index);
        String p = pointer;
        while (true) {
            Location.LineColumn at = positions.get(p);
            if (at != null || p.isEmpty()) {
                return Optional.ofNullable(at);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private Map<String, Location.LineColumn> index(String file) {
        Map<String, Location.LineColumn> positions = new HashMap<>();
        try {
            Path path = root.resolve(file);
            if (Files.size(path) > (16L << 20)) {
                return positions;
            }
            String json = Files.readString(path, StandardCharsets.UTF_8);
            try (JsonParser parser = new JsonFactory().createParser(json)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME) {
                        continue;
                    }
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        continue;
                    }
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        pointer = parser.getParsingContext().getParent() == null
                                ? ""
                                : parser.getParsingContext()
                                        .getParent()
                                        .pathAsPointer()
                                        .toString();
                    }
                    long offset = parser.currentTokenLocation().getCharOffset();
                    positions.putIfAbsent(pointer, TextPositions.at(json, (int) offset));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A file that cannot be re-read is reported without a line; the finding still names it.
        }
        return positions;
    }
}
