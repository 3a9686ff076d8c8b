package zhengfa.corpus.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;

/**
 * Reads the cut release back with DuckDB, an independent Parquet reader, and compares every
 * column of every row with the JSONL and with the corpus itself, text bytes included.
 */
class ParquetRoundTripTest {

    @TempDir
    static Path tmp;

    static Path release;

    @BeforeAll
    static void cut() throws Exception {
        release = ReleaseFixture.written(ReleaseFixture.cut(CorpusFixture.seedCorpus(), tmp.resolve("dist"), "0.1.0"));
    }

    private static Connection duckdb() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static String parquet() {
        return release.resolve("data/articles.parquet").toString().replace("'", "''");
    }

    @Test
    void columnTypesAreRealTypes() throws Exception {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection c = duckdb();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet() + "')")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        assertEquals(ArticlesTable.SCHEMA.columns().stream().map(Column::name).toList(), List.copyOf(types.keySet()));
        assertEquals("DATE", types.get("published_on"));
        assertEquals("INTEGER", types.get("year"));
        assertEquals("INTEGER", types.get("char_count"));
        assertEquals("STRUCT(\"name\" VARCHAR, \"role\" VARCHAR)[]", types.get("interviewees"));
        assertEquals("VARCHAR[]", types.get("editors"));
        assertEquals("VARCHAR", types.get("text"));
        assertTrue(
                types.get("annotations")
                        .startsWith("STRUCT(span_id VARCHAR, layer VARCHAR, \"label\" VARCHAR, \"start\" INTEGER"),
                types.get("annotations"));
        assertTrue(types.get("annotations").endsWith("attr_region_code VARCHAR)[]"), types.get("annotations"));
    }

    @Test
    void everyValueEqualsTheJsonlAndTheCorpus() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> jsonl = new ArrayList<>();
        for (String line : Files.readAllLines(release.resolve("data/articles.jsonl"), StandardCharsets.UTF_8)) {
            jsonl.add(mapper.readTree(line));
        }
        assertEquals(
                CorpusFixture.IDS, jsonl.stream().map(n -> n.get("id").asText()).toList());
        try (Connection c = duckdb();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT *, to_json(annotations) AS annotations_json, to_json(interviewees) AS interviewees_json FROM read_parquet('"
                                + parquet() + "') ORDER BY id")) {
            int row = 0;
            while (rs.next()) {
                JsonNode expected = jsonl.get(row++);
                for (Column column : ArticlesTable.SCHEMA.columns()) {
                    JsonNode value = expected.get(column.name());
                    Object actual = rs.getObject(column.name());
                    String where = expected.get("id").asText() + "." + column.name();
                    if (value.isNull()) {
                        assertNull(actual, where);
                    } else if (column.type() instanceof ColumnType.Int32) {
                        assertEquals(value.intValue(), ((Number) actual).intValue(), where);
                    } else if (column.type() instanceof ColumnType.Date) {
                        assertEquals(
                                LocalDate.parse(value.asText()), rs.getObject(column.name(), LocalDate.class), where);
                    } else if (column.type() instanceof ColumnType.ListOf list
                            && list.element() instanceof ColumnType.Struct) {
                        // Nested structs: compared as DuckDB's own JSON rendering of the value.
                        assertEquals(value, mapper.readTree(rs.getString(column.name() + "_json")), where);
                    } else if (column.type() instanceof ColumnType.ListOf) {
                        List<String> items = new ArrayList<>();
                        value.forEach(v -> items.add(v.asText()));
                        Object[] array = (Object[]) rs.getArray(column.name()).getArray();
                        assertEquals(
                                items,
                                List.of(array).stream().map(Object::toString).toList(),
                                where);
                    } else {
                        assertEquals(value.asText(), actual, where);
                    }
                }
                byte[] corpusBytes =
                        Files.readAllBytes(CorpusFixture.seedCorpus().resolve(rs.getString("id") + ".txt"));
                assertArrayEquals(corpusBytes, rs.getString("text").getBytes(StandardCharsets.UTF_8));
                assertEquals(ArticlesTable.sha256Hex(corpusBytes), rs.getString("text_sha256"));
            }
            assertEquals(5, row);
        }
    }

    @Test
    void sampleOfResolvedValues() throws Exception {
        try (Connection c = duckdb();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT region_code, province_name, iso_3166_2, script, published_on, year,"
                                + " source_name, retrieved_from FROM read_parquet('" + parquet() + "')"
                                + " WHERE id = '" + CorpusFixture.XINJIANG + "'")) {
            rs.next();
            assertEquals("650000", rs.getString(1));
            assertEquals("新疆维吾尔自治区", rs.getString(2));
            assertEquals("CN-XJ", rs.getString(3));
            assertEquals("Hant", rs.getString(4));
            assertEquals(LocalDate.of(2023, 9, 22), rs.getObject(5, LocalDate.class));
            assertEquals(2023, rs.getInt(6));
            assertEquals("法治日报", rs.getString(7));
            assertEquals("chinapeace", rs.getString(8));
        }
    }

    @Test
    void parquetCarriesColumnDescriptionsAndZstd() throws Exception {
        try (Connection c = duckdb();
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT DISTINCT compression FROM parquet_metadata('" + parquet() + "')")) {
                rs.next();
                assertEquals("ZSTD", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT decode(value) FROM parquet_kv_metadata('" + parquet()
                    + "') WHERE decode(key) = 'zhengfa_corpus.column_descriptions'")) {
                rs.next();
                JsonNode descriptions = new ObjectMapper().readTree(rs.getString(1));
                assertEquals(
                        ArticlesTable.SCHEMA.columns().get(0).description(),
                        descriptions.get("id").asText());
            }
        }
    }

    @Test
    void checksumsCoverEveryFile() throws Exception {
        List<String> lines = Files.readAllLines(release.resolve(ReleaseFiles.SUMS_FILE));
        Map<String, String> sums = FileTree.checksums(release);
        sums.remove(ReleaseFiles.SUMS_FILE);
        List<String> expected = sums.entrySet().stream()
                .map(e -> e.getValue() + "  " + e.getKey())
                .toList();
        assertEquals(expected, lines);
    }
}
