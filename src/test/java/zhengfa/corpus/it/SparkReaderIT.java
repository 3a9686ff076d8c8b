package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.bench.CorpusGenerator;
import zhengfa.corpus.release.ReleaseFixture;
import zhengfa.corpus.writer.parquet.ParquetFormat;

/**
 * Apache Spark in local mode reads the fresh release, Parquet and JSONL, with the types a user
 * expects; its answer to a real query equals DuckDB's and the JSONL's.
 */
class SparkReaderIT {

    static final String QUERY = "SELECT region_code, label, count(*) AS spans FROM annotations"
            + " GROUP BY region_code, label ORDER BY region_code, label";

    static SparkSession spark;
    static Path release;

    @BeforeAll
    static void start() {
        release = ReleaseDirectory.get();
        spark = SparkSession.builder()
                .appName("zhengfa-corpus-it")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String path(String file) {
        return release.resolve(file).toString();
    }

    @Test
    void parquetColumnsHaveRealTypes() {
        Dataset<Row> articles = spark.read().parquet("data/articles.parquet");
        StructType schema = articles.schema();
        assertEquals(DataTypes.DateType, schema.apply("published_on").dataType());
        assertEquals(DataTypes.IntegerType, schema.apply("year").dataType());
        assertEquals(DataTypes.IntegerType, schema.apply("char_count").dataType());
        // Spark reads list elements as nullable whatever the file declares; the element type is what matters.
        StructType interviewee =
                (StructType) ((ArrayType) schema.apply("interviewees").dataType()).elementType();
        assertEquals(DataTypes.StringType, interviewee.apply("name").dataType());
        assertEquals(DataTypes.StringType, interviewee.apply("role").dataType());
        DataType annotations = schema.apply("annotations").dataType();
        StructType span = (StructType) ((ArrayType) annotations).elementType();
        assertEquals(DataTypes.IntegerType, span.apply("start").dataType());
        assertEquals(DataTypes.StringType, span.apply("attr_region_code").dataType());
        assertEquals(5, articles.count());
    }

    @Test
    void theReadmeQueryRuns() {
        Dataset<Row> spans = spark.read().parquet("data/annotations.parquet");
        spans.groupBy("region_code", "label")
                .count()
                .orderBy("region_code", "label")
                .show(100, false);
        assertEquals(
                ReleaseRows.spansPerRegionAndLabelUnchecked(release).size(),
                spans.groupBy("region_code", "label").count().count());
    }

    @Test
    void parquetValuesEqualTheJsonl() throws Exception {
        List<JsonNode> expected = ReleaseRows.of(release, "articles");
        List<Row> rows = spark.read()
                .parquet(path("data/articles.parquet"))
                .orderBy("id")
                .collectAsList();
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            JsonNode json = expected.get(i);
            assertEquals(json.get("id").asText(), row.getAs("id"));
            assertEquals(json.get("text").asText(), row.getAs("text"));
            assertEquals(json.get("year").asInt(), (int) row.<Integer>getAs("year"));
            Object day = row.getAs("published_on");
            assertEquals(
                    json.get("published_on").isNull()
                            ? null
                            : json.get("published_on").asText(),
                    day == null ? null : day.toString());
            assertEquals(
                    json.get("annotations").size(),
                    row.<scala.collection.Seq<?>>getAs("annotations").size());
        }
    }

    @Test
    void jsonlWithAnExplicitSchemaReadsTheSameRows() throws Exception {
        StructType schema = spark.read().parquet(path("data/articles.parquet")).schema();
        Dataset<Row> fromJson = spark.read().schema(schema).json(path("data/articles.jsonl"));
        Dataset<Row> fromParquet = spark.read().parquet(path("data/articles.parquet"));
        assertEquals(5, fromJson.count());
        assertEquals(0, fromJson.exceptAll(fromParquet).count(), "rows in the JSONL that differ from the Parquet");
        assertEquals(0, fromParquet.exceptAll(fromJson).count(), "rows in the Parquet that differ from the JSONL");
    }

    /**
     * A Parquet file written in parts and joined (what every release larger than one part gets)
     * reads in Spark exactly like the same table written whole, including a query on one id,
     * which Spark pushes down to parquet-java's row group statistics and page (column and offset)
     * indexes.
     */
    @Test
    void aParquetFileJoinedFromPartsReadsLikeTheSameTableWrittenWhole(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(CorpusFixture.seedCorpus(), CorpusFixture.seedSchema(), 11).generate(corpus, 300);
        Path whole = cutData(corpus, tmp.resolve("whole"), new ParquetFormat());
        Path parted = cutData(corpus, tmp.resolve("parted"), new ParquetFormat(48 * 1024));
        for (String table : List.of("articles", "annotations")) {
            Dataset<Row> fromWhole =
                    spark.read().parquet(whole.resolve(table + ".parquet").toString());
            Dataset<Row> fromParts =
                    spark.read().parquet(parted.resolve(table + ".parquet").toString());
            assertTrue(fromWhole.count() >= 300, table + ": " + fromWhole.count() + " rows");
            assertEquals(fromWhole.count(), fromParts.count(), table);
            assertEquals(0, fromWhole.exceptAll(fromParts).count(), table + ": rows only in the file written whole");
            assertEquals(0, fromParts.exceptAll(fromWhole).count(), table + ": rows only in the joined file");
        }
        String id = spark.read()
                .parquet(whole.resolve("articles.parquet").toString())
                .orderBy("id")
                .collectAsList()
                .get(217)
                .getAs("id");
        List<Row> one = spark.read()
                .parquet(parted.resolve("articles.parquet").toString())
                .where(org.apache.spark.sql.functions.col("id").equalTo(id))
                .collectAsList();
        assertEquals(1, one.size());
        assertEquals(id, one.get(0).getAs("id"));
        assertEquals(
                spark.read()
                        .parquet(whole.resolve("articles.parquet").toString())
                        .where(org.apache.spark.sql.functions.col("id").equalTo(id))
                        .first()
                        .<String>getAs("text"),
                one.get(0).getAs("text"));
    }

    private static Path cutData(Path corpus, Path dist, ParquetFormat format) throws Exception {
        return ReleaseFixture.written(ReleaseFixture.cut(corpus, dist, "0.1.0", List.of(format)))
                .resolve("data");
    }

    @Test
    void spansPerRegionAndLabelAgreeWithDuckDbAndTheJsonl() throws Exception {
        spark.read().parquet(path("data/annotations.parquet")).createOrReplaceTempView("annotations");
        Map<String, Long> fromSpark = new TreeMap<>();
        for (Row row : spark.sql(QUERY).collectAsList()) {
            fromSpark.put(row.getString(0) + "|" + row.getString(1), row.getLong(2));
        }
        Map<String, Long> fromSparkJson = new TreeMap<>();
        StructType spanSchema =
                spark.read().parquet(path("data/annotations.parquet")).schema();
        spark.read().schema(spanSchema).json(path("data/annotations.jsonl")).createOrReplaceTempView("annotations");
        for (Row row : spark.sql(QUERY).collectAsList()) {
            fromSparkJson.put(row.getString(0) + "|" + row.getString(1), row.getLong(2));
        }
        Map<String, Long> fromDuckDbParquet = duckdb("read_parquet('" + path("data/annotations.parquet") + "')");
        Map<String, Long> fromDuckDbJson =
                duckdb("read_json('" + path("data/annotations.jsonl") + "', format = 'newline_delimited')");

        Map<String, Long> expected = ReleaseRows.spansPerRegionAndLabel(release);
        assertEquals(expected, fromSpark);
        assertEquals(fromSpark, fromSparkJson);
        assertEquals(fromSpark, fromDuckDbParquet);
        assertEquals(fromSpark, fromDuckDbJson);
    }

    private static Map<String, Long> duckdb(String source) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("CREATE VIEW annotations AS SELECT * FROM " + source);
            try (ResultSet rs = s.executeQuery(QUERY)) {
                while (rs.next()) {
                    counts.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return counts;
    }
}
