package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhengfa.corpus.writer.arrow.ArrowRows;

/** Arrow Java reads the fresh release's IPC files back; every value equals the JSONL's. */
class ArrowReaderIT {

    @ParameterizedTest
    @ValueSource(strings = {"articles", "annotations"})
    void arrowFilesHoldTheSameRowsAsTheJsonl(String table) throws Exception {
        Path release = ReleaseDirectory.get();
        List<JsonNode> expected = ReleaseRows.of(release, table);
        List<JsonNode> actual = new ArrayList<>();
        // ArrowRows is the tool's own read side (verify uses it); the date type is checked on Arrow Java's schema.
        try (ArrowRows rows = ArrowRows.open(release.resolve("data/" + table + ".arrow"))) {
            if (table.equals("articles")) {
                assertEquals(
                        new ArrowType.Date(DateUnit.DAY),
                        rows.schema().findField("published_on").getType());
            }
            rows.forEachRemaining(actual::add);
        }
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), table + " row " + i);
        }
    }

    @org.junit.jupiter.api.Test
    void theReadmeSnippetRuns() throws Exception {
        long rows = 0;
        try (BufferAllocator allocator = new RootAllocator();
                ArrowFileReader reader =
                        new ArrowFileReader(Files.newByteChannel(Path.of("data/articles.arrow")), allocator)) {
            while (reader.loadNextBatch()) {
                VectorSchemaRoot batch = reader.getVectorSchemaRoot();
                System.out.println(batch.getRowCount() + " rows: "
                        + batch.getSchema().getFields().size() + " columns");
                rows += batch.getRowCount();
            }
        }
        assertEquals(ReleaseRows.of(ReleaseDirectory.get(), "articles").size(), rows);
    }
}
