package zhengfa.corpus.writer.jsonl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.Row;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.TableWriter;

class JsonlFormatTest {

    private static final TableSchema TABLE = new TableSchema(
            "t",
            "test table",
            List.of(
                    Column.required("s", ColumnType.STRING, "a string"),
                    Column.required("tags", ColumnType.listOf(ColumnType.STRING), "strings in a list")));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "政法",
                "say \"hi\"",
                "back\\slash",
                "tab\there",
                "line\nbreak",
                "nul\u0000",
                "\u001f",
                "𠮷野家",
                "del\u007f",
                "sep\u2028",
                "",
                "mixed 𠮷 \"q\" \\ \u0001 end"
            })
    void encodedStringsAreWrittenExactlyAsPlainOnes(String value) throws IOException {
        Row row = Row.of(TABLE.columns(), value, List.of(value, "x"));

        byte[] plain = write("plain.jsonl", row);
        byte[] encoded = write("encoded.jsonl", row.withStringsEncoded());

        assertArrayEquals(
                plain,
                encoded,
                () -> new String(plain, StandardCharsets.UTF_8) + " vs " + new String(encoded, StandardCharsets.UTF_8));
        JsonNode parsed = new ObjectMapper().readTree(encoded);
        assertEquals(value, parsed.get("s").asText());
        assertEquals(value, parsed.get("tags").get(0).asText());
    }

    @Test
    void linesPreparedAheadAreAppendedInTheOrderWritten() throws IOException {
        Path file = tmp.resolve("t.jsonl");
        try (TableWriter writer = new JsonlFormat().open(file, TABLE)) {
            TableWriter.Prepared first = writer.prepare(Row.of(TABLE.columns(), "a", List.of()));
            TableWriter.Prepared second = writer.prepare(Row.of(TABLE.columns(), "b", List.of()));
            writer.write(first);
            writer.write(second);
        }
        assertEquals("{\"s\":\"a\",\"tags\":[]}\n{\"s\":\"b\",\"tags\":[]}\n", Files.readString(file));
    }

    @Test
    void onlyControlCharactersQuotesAndBackslashesNeedEscaping() {
        assertTrue(JsonlFormat.needsNoEscape("政法 𠮷 \u007f /".getBytes(StandardCharsets.UTF_8)));
        for (String s : List.of("\"", "\\", "\n", "\u0000", "\u001f")) {
            assertFalse(JsonlFormat.needsNoEscape(s.getBytes(StandardCharsets.UTF_8)), s);
        }
    }

    private byte[] write(String name, Row row) throws IOException {
        Path file = tmp.resolve(name);
        try (TableWriter writer = new JsonlFormat().open(file, TABLE)) {
            writer.write(row);
        }
        return Files.readAllBytes(file);
    }
}
