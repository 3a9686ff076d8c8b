package zhengfa.corpus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * What DuckDB does in the benchmark, in a process of its own so that its wall time, CPU time and
 * peak memory are measured as ours are. Two jobs, written as SQL by us:
 * <ul>
 *   <li>{@code same}: the job {@code package} does, without validation: read the texts, sidecars and
 *       annotation files, and write {@code articles} (with the article's spans nested) and
 *       {@code annotations} (one row per span, with the article's script, region and year), each as
 *       Parquet (ZSTD) and as JSON Lines, sorted as ours are;</li>
 *   <li>{@code one-parquet}: the earlier comparison, texts joined with sidecars into one Parquet file.</li>
 * </ul>
 * Usage: DuckDbJob same|one-parquet CORPUS OUT_DIR THREADS
 */
public final class DuckDbJob {

    private DuckDbJob() {
    }

    public static void main(String[] args) throws Exception {
        String job = args[0];
        String corpus = sql(Path.of(args[1]).toAbsolutePath().toString());
        Path out = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(out);
        String o = sql(out.toString());
        // A database file beside the output, so that DuckDB can spill to disk: held in memory, the
        // same job for 100,000 articles ran out of 18.8 GB.
        Path database = out.resolveSibling(out.getFileName() + ".duckdb");
        Files.deleteIfExists(database);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + ".wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database); Statement s = c.createStatement()) {
            s.execute("SET threads = " + Integer.parseInt(args[3]));
            // Every COPY sorts explicitly; the order rows were inserted in need not be kept.
            s.execute("SET preserve_insertion_order = false");
            if (job.equals("one-parquet")) {
                s.execute("COPY (SELECT s.*, t.content AS text FROM read_text('" + corpus + "/*.txt') t"
                        + " JOIN read_json('" + corpus + "/*.meta.json', union_by_name = true) s"
                        + " ON s.id = regexp_extract(t.filename, '([^/]+)\\.txt$', 1) ORDER BY s.id)"
                        + " TO '" + o + "/articles.parquet' (FORMAT parquet, COMPRESSION zstd)");
                return;
            }
            s.execute("CREATE TABLE sidecars AS SELECT * FROM read_json('" + corpus + "/*.meta.json', union_by_name = true)");
            s.execute("CREATE TABLE texts AS SELECT regexp_extract(filename, '([^/]+)\\.txt$', 1) AS id,"
                    + " content AS text FROM read_text('" + corpus + "/*.txt')");
            // Each annotation file already holds its article's spans as a list: nesting is a
            // transform of that list (an aggregate over all spans ran out of 18.8 GB at 100,000 articles).
            s.execute("CREATE TABLE nested AS SELECT article_id, list_transform(spans, x -> struct_pack("
                    + "span_id := x.id, layer := x.layer, label := x.label, start := x.start, \"end\" := x.\"end\","
                    + " text := x.text, source := x.source, attr_speaker := x.attrs.speaker, attr_kind := x.attrs.kind,"
                    + " attr_region_code := x.attrs.region_code)) AS annotations"
                    + " FROM read_json('" + corpus + "/*.ann.json', union_by_name = true)");
            s.execute("CREATE TABLE spans AS SELECT article_id, unnest(annotations, recursive := true) FROM nested");
            s.execute("CREATE TABLE articles AS SELECT sc.*, t.text, length(t.text) AS char_count,"
                    + " coalesce(n.annotations, []) AS annotations"
                    + " FROM sidecars sc JOIN texts t USING (id) LEFT JOIN nested n ON n.article_id = sc.id");
            String annotations = "SELECT p.*, a.script, a.region AS region_code, CAST(left(a.date, 4) AS INTEGER) AS year"
                    + " FROM spans p JOIN articles a ON a.id = p.article_id"
                    + " ORDER BY p.article_id, p.start, p.\"end\" DESC, p.layer, p.span_id";
            s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o + "/articles.parquet' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o + "/articles.jsonl' (FORMAT json)");
            s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.parquet' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.jsonl' (FORMAT json)");
        } finally {
            Files.deleteIfExists(database);
        }
    }

    private static String sql(String path) {
        return path.replace("'", "''");
    }
}
