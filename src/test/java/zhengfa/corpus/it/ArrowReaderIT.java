package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arrow Java reads the fresh release's IPC files back; every value equals the JSONL's. */
class ArrowReaderIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"articles", "annotations"})
    void arrowFilesHoldTheSameRowsAsTheJsonl(String table) throws Exception {
        Path release = ReleaseDirectory.get();
        List<JsonNode> expected = ReleaseRows.of(release, table);
        List<JsonNode> actual = new ArrayList<>();
        try (BufferAllocator allocator = new RootAllocator();
             ArrowFileReader reader = new ArrowFileReader(Files.newByteChannel(release.resolve("data/" + table + ".arrow")), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            while (reader.loadNextBatch()) {
                for (int i = 0; i < root.getRowCount(); i++) {
                    ObjectNode row = MAPPER.createObjectNode();
                    for (FieldVector vector : root.getFieldVectors()) {
                        row.set(vector.getName(), json(vector, i));
                    }
                    actual.add(row);
                }
            }
            assertEquals(new ArrowType.Date(DateUnit.DAY), table.equals("articles")
                    ? root.getSchema().findField("published_on").getType() : new ArrowType.Date(DateUnit.DAY));
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
             ArrowFileReader reader = new ArrowFileReader(Files.newByteChannel(Path.of("data/articles.arrow")), allocator)) {
            while (reader.loadNextBatch()) {
                VectorSchemaRoot batch = reader.getVectorSchemaRoot();
                System.out.println(batch.getRowCount() + " rows: " + batch.getSchema().getFields().size() + " columns");
                rows += batch.getRowCount();
            }
        }
        assertEquals(ReleaseRows.of(ReleaseDirectory.get(), "articles").size(), rows);
    }

    private static JsonNode json(FieldVector vector, int i) {
        if (vector.isNull(i)) {
            return MAPPER.nullNode();
        } else if (vector instanceof VarCharVector v) {
            return MAPPER.getNodeFactory().textNode(new String(v.get(i), StandardCharsets.UTF_8));
        } else if (vector instanceof IntVector v) {
            return MAPPER.getNodeFactory().numberNode(v.get(i));
        } else if (vector instanceof DateDayVector v) {
            return MAPPER.getNodeFactory().textNode(LocalDate.ofEpochDay(v.get(i)).toString());
        } else if (vector instanceof ListVector v) {
            ArrayNode array = MAPPER.createArrayNode();
            int start = v.getElementStartIndex(i);
            for (int j = start; j < v.getElementEndIndex(i); j++) {
                array.add(json(v.getDataVector(), j));
            }
            return array;
        } else if (vector instanceof StructVector v) {
            ObjectNode object = MAPPER.createObjectNode();
            for (var child : v.getChildrenFromFields()) {
                object.set(child.getName(), json(child, i));
            }
            return object;
        }
        throw new IllegalArgumentException(vector.getClass().getName());
    }
}
