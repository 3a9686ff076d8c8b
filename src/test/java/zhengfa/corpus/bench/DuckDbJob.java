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
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + Integer.parseInt(args[3]));
            s.execute("SET preserve_insertion_order = true");
            if (job.equals("one-parquet")) {
                s.execute("COPY (SELECT s.*, t.content AS text FROM read_text('" + corpus + "/*.txt') t"
                        + " JOIN read_json('" + corpus + "/*.meta.json', union_by_name = true) s"
                        + " ON s.id = regexp_extract(t.filename, '([^/]+)\\.txt$', 1) ORDER BY s.id)"
                        + " TO '" + o + "/articles.parquet' (FORMAT parquet, COMPRESSION zstd)");
                return;
            }
            s.execute("CREATE TEMP TABLE sidecars AS SELECT * FROM read_json('" + corpus + "/*.meta.json',"
                    + " union_by_name = true, maximum_object_size = 67108864)");
            s.execute("CREATE TEMP TABLE texts AS SELECT regexp_extract(filename, '([^/]+)\\.txt$', 1) AS id,"
                    + " content AS text FROM read_text('" + corpus + "/*.txt')");
            s.execute("CREATE TEMP TABLE spans AS SELECT article_id, u.s.id AS span_id, u.s.layer AS layer,"
                    + " u.s.label AS label, u.s.start AS start, u.s.\"end\" AS \"end\", u.s.text AS text,"
                    + " u.s.source AS source, u.s.attrs.speaker AS attr_speaker, u.s.attrs.kind AS attr_kind,"
                    + " u.s.attrs.region_code AS attr_region_code"
                    + " FROM (SELECT article_id, unnest(spans) AS s FROM read_json('" + corpus + "/*.ann.json',"
                    + " union_by_name = true, maximum_object_size = 67108864)) u");
            s.execute("CREATE TEMP TABLE articles AS SELECT sc.*, t.text, length(t.text) AS char_count,"
                    + " coalesce((SELECT list(struct_pack(span_id := p.span_id, layer := p.layer, label := p.label,"
                    + " start := p.start, \"end\" := p.\"end\", text := p.text, source := p.source,"
                    + " attr_speaker := p.attr_speaker, attr_kind := p.attr_kind, attr_region_code := p.attr_region_code)"
                    + " ORDER BY p.start, p.\"end\" DESC, p.layer, p.span_id) FROM spans p WHERE p.article_id = sc.id), [])"
                    + " AS annotations FROM sidecars sc JOIN texts t USING (id)");
            String annotations = "SELECT p.*, a.script, a.region AS region_code, CAST(left(a.date, 4) AS INTEGER) AS year"
                    + " FROM spans p JOIN articles a ON a.id = p.article_id"
                    + " ORDER BY p.article_id, p.start, p.\"end\" DESC, p.layer, p.span_id";
            s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o + "/articles.parquet' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o + "/articles.jsonl' (FORMAT json)");
            s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.parquet' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.jsonl' (FORMAT json)");
        }
    }

    private static String sql(String path) {
        return path.replace("'", "''");
    }
}
