package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.release.ReleaseCutter;
import zhengfa.corpus.release.ReleaseOutcome;
import zhengfa.corpus.release.ReleaseVerifier;
import zhengfa.corpus.writer.arrow.ArrowFormat;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;

/** Releases whose Parquet data is split by year or into shards read as one table in Spark and DuckDB. */
class PartitionedLayoutIT {

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path byYear;
    static Path shards;

    @BeforeAll
    static void cut() throws Exception {
        byYear = cut("year", new ParquetLayout.ByYear());
        shards = cut("shards", new ParquetLayout.Shards(2));
        spark = SparkSession.builder()
                .appName("zhengfa-partitions")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path cut(String name, ParquetLayout layout) throws Exception {
        ReleaseCutter cutter = new ReleaseCutter(
                CorpusFixture.vocabulary(),
                CorpusFixture.validator(),
                List.of(new JsonlFormat(), new ParquetFormat(), new ArrowFormat()));
        ReleaseOutcome outcome = cutter.cut(
                new ReleaseSpec(
                        CorpusFixture.seedCorpus(),
                        tmp.resolve(name),
                        "0.1.0",
                        CorpusFixture.RELEASE_DATE,
                        null,
                        layout),
                false);
        Path release = assertInstanceOf(ReleaseOutcome.Written.class, outcome).release();
        assertEquals(
                List.of(),
                new ReleaseVerifier(release).verify(CorpusFixture.seedCorpus()).findings());
        return release;
    }

    @Test
    void yearPartitionsAreHiveStyleAndReadAsOneTable() throws Exception {
        assertTrue(Files.isRegularFile(byYear.resolve("data/articles/year=2023/part-00000.parquet")));
        var articles = spark.read().parquet(byYear.resolve("data/articles").toString());
        assertEquals(5, articles.count());
        assertEquals(DataTypes.IntegerType, articles.schema().apply("year").dataType());
        Map<String, Integer> years = new TreeMap<>();
        for (Row row : articles.select("id", "year").collectAsList()) {
            years.put(row.getString(0), row.getInt(1));
        }
        Map<String, Integer> expected = new TreeMap<>();
        ReleaseRows.of(byYear, "articles")
                .forEach(r -> expected.put(r.get("id").asText(), r.get("year").asInt()));
        assertEquals(expected, years);
        assertEquals(
                ReleaseRows.of(byYear, "annotations").size(),
                spark.read()
                        .parquet(byYear.resolve("data/annotations").toString())
                        .count());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT year) FROM read_parquet('"
                        + byYear.resolve("data/articles") + "/**/*.parquet', hive_partitioning = true)")) {
            rs.next();
            assertEquals(5, rs.getInt(1));
            assertEquals(4, rs.getInt(2));
        }
    }

    @Test
    void shardsReadAsOneTable() throws Exception {
        assertTrue(Files.isRegularFile(shards.resolve("data/articles/part-00002.parquet")));
        assertEquals(
                5,
                spark.read().parquet(shards.resolve("data/articles").toString()).count());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM read_parquet('" + shards.resolve("data/annotations") + "/*.parquet')")) {
            rs.next();
            assertEquals(ReleaseRows.of(shards, "annotations").size(), rs.getInt(1));
        }
        String card = Files.readString(shards.resolve("README.md"));
        assertTrue(card.contains("path: data/articles/*.parquet"), card);
        var croissant = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(shards.resolve("croissant.json").toFile());
        assertTrue(croissant.get("distribution").toString().contains("\"includes\":\"data/articles/*.parquet\""));
    }
}
