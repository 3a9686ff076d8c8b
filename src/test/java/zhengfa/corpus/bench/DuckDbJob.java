package zhengfa.corpus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * What DuckDB does in the benchmark, in a process of its own so that its wall time, CPU time and
 * peak memory are measured as ours are. Two jobs, written as SQL by us:
 * <ul>
 *   <li>{@code same}: the job {@code package} does, without validation: read the texts, sidecars and
 *       annotation files, resolve the sidecars against the vocabularies (source and region names,
 *       province, ISO code), derive what {@code package} derives (year, day, digests, the body
 *       without its boilerplate spans), and write {@code articles} (with the article's spans nested) and
 *       {@code annotations} (one row per span, with the article's script, region and year), each as
 *       Parquet (ZSTD) and as JSON Lines, sorted as ours are;</li>
 *   <li>{@code narrow}: the job as a data engineer would write it without our release's extra
 *       derived columns: the texts, sidecars and spans into both tables, as Parquet (ZSTD) and JSON
 *       Lines, with the year derived and the article's spans nested as the annotation files hold
 *       them, but no body, no source, region or province names and no content hash;</li>
 *   <li>{@code one-parquet}: the earlier comparison, texts joined with sidecars into one Parquet file.</li>
 * </ul>
 * Usage: DuckDbJob same|narrow|one-parquet CORPUS OUT_DIR THREADS [SCHEMA]
 */
public final class DuckDbJob {

    private DuckDbJob() {}

    public static void main(String[] args) throws Exception {
        String job = args[0];
        String corpus = sql(Path.of(args[1]).toAbsolutePath().toString());
        // The schema folder, for the vocabularies (job "same" only).
        String schema = args.length > 4 ? sql(Path.of(args[4]).toAbsolutePath().toString()) : "";
        Path out = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(out);
        String o = sql(out.toString());
        // A database file beside the output, so that DuckDB can spill to disk: held in memory, the
        // same job for 100,000 articles ran out of 18.8 GB.
        Path database = out.resolveSibling(out.getFileName() + ".duckdb");
        Files.deleteIfExists(database);
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + ".wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement s = c.createStatement()) {
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
            if (job.equals("narrow")) {
                narrow(s, corpus, o);
                return;
            }
            s.execute("CREATE TABLE sidecars AS SELECT * FROM read_json('" + corpus
                    + "/*.meta.json', union_by_name = true)");
            // Optional fields no sidecar of this corpus happens to record are still columns of the release.
            for (String optional : List.of(
                    "source_note", "date_note", "page", "original_encoding", "original_sha256", "review_status")) {
                s.execute("ALTER TABLE sidecars ADD COLUMN IF NOT EXISTS " + optional + " VARCHAR");
            }
            // The raw files as well, for content_sha256: a digest over the text's, sidecar's and annotations' digests.
            s.execute(
                    "CREATE TABLE file_digests AS SELECT regexp_extract(filename, '([^/]+)\\.(txt|meta\\.json|ann\\.json)$', 1) AS id,"
                            + " string_agg(sha256(content) || chr(10), '' ORDER BY CASE WHEN filename LIKE '%.txt' THEN 1"
                            + " WHEN filename LIKE '%.meta.json' THEN 2 ELSE 3 END) AS digests"
                            + " FROM read_text('" + corpus + "/*') GROUP BY 1");
            s.execute("CREATE TABLE texts AS SELECT regexp_extract(filename, '([^/]+)\\.txt$', 1) AS id,"
                    + " content AS text FROM read_text('" + corpus + "/*.txt')");
            // The vocabularies package resolves each sidecar against: sources and regions.
            s.execute(
                    "CREATE TABLE sources AS SELECT k AS id, json_extract_string(j, '$.\"' || k || '\".name_zh') AS name_zh,"
                            + " json_extract_string(j, '$.\"' || k || '\".name_en') AS name_en"
                            + " FROM (SELECT j, unnest(json_keys(j)) AS k FROM (SELECT content::JSON AS j FROM read_text('"
                            + schema
                            + "/sources.json')))");
            s.execute("CREATE TABLE regions AS"
                    + " SELECT code, name_zh, 'county' AS level FROM read_csv('" + schema
                    + "/regions/counties.csv', all_varchar = true)"
                    + " UNION ALL SELECT code, name_zh, 'prefecture' FROM read_csv('" + schema
                    + "/regions/prefectures.csv', all_varchar = true)"
                    + " UNION ALL SELECT code, name_zh, 'province' FROM read_csv('" + schema
                    + "/regions/provinces.csv', all_varchar = true)");
            s.execute("CREATE TABLE provinces AS SELECT * FROM read_csv('" + schema
                    + "/regions/provinces.csv', all_varchar = true)");
            // Each annotation file already holds its article's spans as a list: nesting is a
            // transform of that list (an aggregate over all spans ran out of 18.8 GB at 100,000 articles).
            // Sorted as package sorts them: by start, longer first, then layer and id.
            s.execute(
                    "CREATE TABLE nested AS SELECT article_id, list_transform(list_transform(list_sort(list_transform(spans,"
                            + " x -> struct_pack(k1 := x.start, k2 := -x.\"end\", k3 := x.layer, k4 := x.id, v := x))), y -> y.v), x -> struct_pack("
                            + "span_id := x.id, layer := x.layer, label := x.label, start := x.start, \"end\" := x.\"end\","
                            + " text := x.text, source := x.source, attr_speaker := x.attrs.speaker, attr_kind := x.attrs.kind,"
                            + " attr_region_code := x.attrs.region_code)) AS annotations"
                            + " FROM read_json('" + corpus + "/*.ann.json', union_by_name = true)");
            s.execute("CREATE TABLE spans AS SELECT article_id, unnest(annotations, recursive := true) FROM nested");
            // body: the text between the boilerplate spans (offsets in code points, as DuckDB's
            // substring counts), each line trimmed, empty lines dropped, as package's Body does.
            // The boilerplate spans' [start, end), sorted, computed once per article (the body
            // expression refers to them six times).
            s.execute("CREATE TABLE cuts AS SELECT article_id, list_sort(list_transform(list_filter(annotations,"
                    + " x -> x.label = 'boilerplate'), x -> [x.start, x.\"end\"])) AS cuts FROM nested");
            String cuts = "coalesce(c.cuts, [])";
            String pieces = "list_transform(range(len(" + cuts + ") + 1), i -> substring(t.text,"
                    + " (CASE WHEN i = 0 THEN 0 ELSE " + cuts + "[i][2] END) + 1,"
                    + " greatest(0, (CASE WHEN i = len(" + cuts + ") THEN length(t.text) ELSE " + cuts
                    + "[i + 1][1] END)"
                    + " - (CASE WHEN i = 0 THEN 0 ELSE " + cuts + "[i][2] END))))";
            String body = "array_to_string(list_filter(list_transform(string_split(array_to_string(" + pieces
                    + ", ''), chr(10)),"
                    + " l -> trim(l, ' ' || chr(9) || chr(11) || chr(12) || chr(13) || chr(12288) || chr(160))), l -> l <> ''), chr(10))";
            s.execute("CREATE TABLE articles AS SELECT sc.id, sc.title, sc.title_basis, sc.original_filename,"
                    + " sc.source AS source_id, src.name_zh AS source_name, src.name_en AS source_name_en, sc.source_as_printed,"
                    + " sc.retrieved_from, sc.source_note, NULL::VARCHAR AS url, NULL::VARCHAR AS retrieved_at, sc.original_encoding, sc.original_sha256,"
                    + " sc.date, sc.date_precision, sc.date_basis, sc.date_evidence, sc.date_note,"
                    + " CAST(left(sc.date, 4) AS INTEGER) AS year,"
                    + " CASE WHEN sc.date_precision IN ('day', 'minute') THEN TRY_CAST(left(sc.date, 10) AS DATE) END AS published_on,"
                    + " sc.region AS region_code, r.name_zh AS region_name, r.level AS region_level,"
                    + " p.code AS province_code, p.name_zh AS province_name, p.name_en AS province_name_en, p.iso_3166_2,"
                    + " sc.script, sc.language, sc.genre, sc.page, sc.interviewees, sc.reporters, coalesce(sc.editors, []) AS editors, sc.notes,"
                    + " sc.review_status,"
                    + " t.text, sha256(t.text) AS text_sha256, length(t.text) AS char_count, " + body + " AS body,"
                    + " coalesce(n.annotations, []) AS annotations, sha256(d.digests) AS content_sha256"
                    + " FROM sidecars sc JOIN texts t USING (id) LEFT JOIN nested n ON n.article_id = sc.id"
                    + " LEFT JOIN cuts c ON c.article_id = sc.id LEFT JOIN sources src ON src.id = sc.source AND sc.source <> 'unknown' LEFT JOIN regions r ON r.code = sc.region"
                    + " LEFT JOIN provinces p ON p.code = left(sc.region, 2) || '0000'"
                    + " LEFT JOIN file_digests d ON d.id = sc.id");
            String annotations = "SELECT p.*, a.script, a.region_code, a.year"
                    + " FROM spans p JOIN articles a ON a.id = p.article_id"
                    + " ORDER BY p.article_id, p.start, p.\"end\" DESC, p.layer, p.span_id";
            s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o
                    + "/articles.parquet' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o + "/articles.jsonl' (FORMAT json)");
            s.execute(
                    "COPY (" + annotations + ") TO '" + o + "/annotations.parquet' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.jsonl' (FORMAT json)");
        } finally {
            Files.deleteIfExists(database);
        }
    }

    /** The narrow job: read, join, derive the year, write both tables in both formats, sorted. */
    private static void narrow(Statement s, String corpus, String o) throws java.sql.SQLException {
        s.execute(
                "CREATE TABLE sidecars AS SELECT * FROM read_json('" + corpus + "/*.meta.json', union_by_name = true)");
        s.execute("CREATE TABLE texts AS SELECT regexp_extract(filename, '([^/]+)\\.txt$', 1) AS id,"
                + " content AS text FROM read_text('" + corpus + "/*.txt')");
        s.execute("CREATE TABLE ann AS SELECT article_id, spans FROM read_json('" + corpus
                + "/*.ann.json', union_by_name = true)");
        s.execute("CREATE TABLE articles AS SELECT sc.*, TRY_CAST(left(sc.date, 4) AS INTEGER) AS year, t.text,"
                + " coalesce(a.spans, []) AS annotations"
                + " FROM sidecars sc JOIN texts t USING (id) LEFT JOIN ann a ON a.article_id = sc.id");
        String annotations =
                "SELECT p.*, sc.script AS article_script, sc.region AS article_region, TRY_CAST(left(sc.date, 4) AS INTEGER) AS year"
                        + " FROM (SELECT article_id, unnest(spans, recursive := true) FROM ann) p"
                        + " JOIN sidecars sc ON sc.id = p.article_id ORDER BY p.article_id, p.start, p.\"end\" DESC, p.layer, p.id";
        s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o
                + "/articles.parquet' (FORMAT parquet, COMPRESSION zstd)");
        s.execute("COPY (SELECT * FROM articles ORDER BY id) TO '" + o + "/articles.jsonl' (FORMAT json)");
        s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.parquet' (FORMAT parquet, COMPRESSION zstd)");
        s.execute("COPY (" + annotations + ") TO '" + o + "/annotations.jsonl' (FORMAT json)");
    }

    private static String sql(String path) {
        return path.replace("'", "''");
    }
}
