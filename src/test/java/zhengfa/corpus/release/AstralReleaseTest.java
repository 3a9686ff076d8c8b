package zhengfa.corpus.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.model.CodePoints;

/**
 * Code-point offsets end to end: the astral fixture (𠮷 before and inside spans) is released and
 * read back by DuckDB (PythonConsumersIT has Python, whose str indexing is by code point, read it too).
 */
class AstralReleaseTest {

    @TempDir
    static Path tmp;

    static CorpusFixture corpus;
    static Path release;

    @BeforeAll
    static void cut() throws Exception {
        corpus = CorpusFixture.fixture("astral", tmp);
        release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
    }

    @Test
    void duckdbSpansSliceTheTextByCodePoints() throws Exception {
        CodePoints text = new CodePoints(corpus.readText("astral-2024-yoshinoya"));
        String parquet = release.resolve("data/annotations.parquet").toString();
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT span_id, \"start\", \"end\", text FROM read_parquet('" + parquet + "')")) {
            while (rs.next()) {
                rows++;
                assertEquals(text.slice(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getString(1));
            }
        }
        assertEquals(8, rows);
    }

    @Test
    void headlineAndOrganisationContainTheAstralCharacter() throws Exception {
        String jsonl = Files.readString(release.resolve("data/annotations.jsonl"), StandardCharsets.UTF_8);
        assertTrue(
                jsonl.contains(
                        "\"span_id\":\"e001\",\"layer\":\"entity\",\"label\":\"ORG\",\"start\":0,\"end\":3,\"text\":\"𠮷野家\""),
                jsonl);
        assertTrue(
                jsonl.contains(
                        "\"span_id\":\"e002\",\"layer\":\"entity\",\"label\":\"LOC\",\"start\":4,\"end\":6,\"text\":\"上海\""),
                jsonl);
    }

    @Test
    void bodyDropsTheBoilerplate() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT body FROM read_parquet('" + release.resolve("data/articles.parquet") + "')")) {
            rs.next();
            assertTrue(rs.getString(1).startsWith("𠮷野家在上海开设新店\n上海市2024年"), rs.getString(1));
            assertTrue(!rs.getString(1).contains("不得转载"), rs.getString(1));
        }
    }
}
