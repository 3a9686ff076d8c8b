package zhengfa.corpus.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.jsonl.JsonlCompression;

/** manifest.json written from the record and read back into it, and what reading refuses. */
class ManifestTest {

    @TempDir
    Path tmp;

    private static Manifest sample() {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        years.put("2023", 2);
        years.put("2021", 1);
        facets.put("year", years);
        return new Manifest(
                "zhengfa-corpus",
                "1.2.0",
                LocalDate.of(2026, 12, 8),
                "ab".repeat(32),
                "SHA-256 over one line per article",
                new Manifest.Counts(3, 40, 9_000_000_000L),
                facets,
                List.of(new Manifest.Table(
                        "articles",
                        "One row per article.",
                        3,
                        List.of(
                                new Manifest.DataFile(
                                        "data/articles.jsonl.gz",
                                        "jsonl",
                                        "application/jsonl",
                                        "gzip",
                                        120,
                                        "cd".repeat(32)),
                                new Manifest.DataFile(
                                        "data/articles.parquet",
                                        "parquet",
                                        "application/vnd.apache.parquet",
                                        null,
                                        80,
                                        "ef".repeat(32))),
                        List.of(new Manifest.Column("id", "string", false, "The article's id.")))));
    }

    @Test
    void writtenAndReadBackItIsTheSameInTheWrittenOrder() throws Exception {
        Path file = tmp.resolve("manifest.json");
        Files.writeString(file, sample().toJson().toPrettyString(), StandardCharsets.UTF_8);
        Manifest read = Manifest.read(file);
        assertEquals(sample(), read);
        assertEquals(
                List.of("2023", "2021"),
                List.copyOf(read.facets().get("year").keySet()),
                "facet values keep their order");
        String json = Files.readString(file);
        assertTrue(json.indexOf("\"release_date\" : \"2026-12-08\"") < json.indexOf("\"release_id\""), json);
        assertTrue(!json.contains("\"compression\" : null"), "no compression key for a file without one: " + json);
        assertEquals("jsonl,parquet", read.formatWords());
        assertEquals(JsonlCompression.GZIP, read.jsonlCompression());
        assertEquals(1, read.files().filter(f -> f.is(FormatName.PARQUET)).count());
        assertEquals(9_000_000_000L, read.counts().characters());
    }

    @Test
    void keysALaterVersionAddsAreIgnored() throws Exception {
        Path file = tmp.resolve("manifest.json");
        Files.writeString(
                file,
                "{\"version\": \"9.0.0\", \"release_date\": \"2030-01-01\", \"provenance\": {\"x\": 1},"
                        + " \"tables\": [{\"name\": \"articles\", \"rows\": 2, \"partitions\": []}]}");
        Manifest read = Manifest.read(file);
        assertEquals("9.0.0", read.version());
        assertEquals(2, read.table("articles").orElseThrow().rows());
    }

    @Test
    void aValueOfTheWrongTypeOrANonDateThrowsWithItsPlace() throws Exception {
        Path file = tmp.resolve("manifest.json");
        Files.writeString(file, "{\"tables\": [{\"name\": \"articles\", \"rows\": \"five\"}]}");
        JsonMappingException rows = assertThrows(JsonMappingException.class, () -> Manifest.read(file));
        assertEquals("tables", rows.getPath().get(0).getFieldName());
        assertEquals("rows", rows.getPath().get(2).getFieldName());
        Files.writeString(file, "{\"release_date\": \"2026-02-30\"}");
        JsonMappingException date = assertThrows(JsonMappingException.class, () -> Manifest.read(file));
        assertTrue(date.getOriginalMessage().contains("not a date of the form YYYY-MM-DD"), date.getOriginalMessage());
    }
}
