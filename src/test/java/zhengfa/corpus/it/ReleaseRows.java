package zhengfa.corpus.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSONL rows of the fresh release, the reference every other reader is compared with. */
final class ReleaseRows {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReleaseRows() {}

    static List<JsonNode> of(Path release, String table) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(release.resolve("data/" + table + ".jsonl"), StandardCharsets.UTF_8)) {
            rows.add(MAPPER.readTree(line));
        }
        return rows;
    }

    static Map<String, Long> spansPerRegionAndLabelUnchecked(Path release) {
        try {
            return spansPerRegionAndLabel(release);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spans per (region_code, label), computed from the JSONL: what every engine's query must return. */
    static Map<String, Long> spansPerRegionAndLabel(Path release) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode span : of(release, "annotations")) {
            counts.merge(
                    span.get("region_code").asText() + "|" + span.get("label").asText(), 1L, Long::sum);
        }
        return counts;
    }
}
