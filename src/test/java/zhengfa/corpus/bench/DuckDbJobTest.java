package zhengfa.corpus.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.cli.ExitCode;
import zhengfa.corpus.cli.Main;

/**
 * The benchmark compares like with like only if DuckDB's "same job" really is package's job: on a
 * generated corpus its two JSON Lines tables must be the bytes package writes.
 */
class DuckDbJobTest {

    @TempDir
    Path work;

    @Test
    void duckDbsSameJobWritesTheJsonLinesPackageWrites() throws Exception {
        Path corpus = work.resolve("generated");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 42).generate(corpus, 150);
        Path duck = work.resolve("duckdb");
        DuckDbJob.main(new String[] {
            "same",
            corpus.toString(),
            duck.toString(),
            "2",
            CorpusFixture.seedSchema().toString()
        });
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "package",
                "--corpus=" + corpus,
                "--schema=" + CorpusFixture.seedSchema(),
                "--dist=" + work.resolve("dist"),
                "--release-version=0.1.0",
                "--release-date=2026-11-22",
                "--maven-repository=" + work.resolve("none"));
        assertEquals(ExitCode.OK, exit, err.toString());
        Path release = work.resolve("dist/zhengfa-corpus-0.1.0/data");
        for (String table : List.of("articles.jsonl", "annotations.jsonl")) {
            assertArrayEquals(
                    Files.readAllBytes(release.resolve(table)), Files.readAllBytes(duck.resolve(table)), table);
        }
        // The narrow job: the same rows, texts, spans and years, without the release's further columns.
        Path narrow = work.resolve("narrow");
        DuckDbJob.main(new String[] {"narrow", corpus.toString(), narrow.toString(), "2"});
        assertEquals(
                column(release.resolve("articles.jsonl"), "id", "text", "year"),
                column(narrow.resolve("articles.jsonl"), "id", "text", "year"));
        assertEquals(
                column(release.resolve("annotations.jsonl"), "article_id", "start", "end", "label"),
                column(narrow.resolve("annotations.jsonl"), "article_id", "start", "end", "label"));
        assertEquals(
                false,
                column(narrow.resolve("articles.jsonl"), "body").stream().anyMatch(v -> !v.equals("[null]")),
                "no body in the narrow job");
    }

    /** The named fields of every row, in file order, one string per row. */
    private static List<String> column(Path jsonl, String... fields) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode row = json.readTree(line);
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(
                        row.path(field).isMissingNode()
                                ? "null"
                                : row.path(field).toString());
            }
            rows.add(values.toString());
        }
        return rows;
    }
}
