package zhengfa.corpus.release.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.jsonl.JsonlCompression;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * {@code datapackage.json}: a Frictionless Data Package with one resource per table and format,
 * each with its bytes, SHA-256 and the Table Schema of its table.
 *
 * <p>The JSON Lines resources are the typed tables ({@code "type": "table"}, Data Package v2, and the
 * v1 profile {@code tabular-data-resource}): Frictionless reads and checks them row by row. The
 * Parquet and Arrow resources are declared as files: Frictionless checks their bytes and hash, and
 * their schema says what a Parquet or Arrow reader gets. (frictionless-py reads Parquet lists as
 * numpy arrays and rejects them as arrays, and has no Arrow reader.)
 */
public final class DataPackageDescriptor {

    public static final String FILE = "datapackage.json";

    private DataPackageDescriptor() {}

    public static String resourceName(TableSchema table, TableFormat format) {
        return table.name() + "-" + format.kind().word();
    }

    /** One resource per table and format: a single file, or a multipart resource of its parts. */
    private static ObjectNode resource(
            ObjectMapper mapper, ReleaseFacts facts, TableSchema table, TableFormat format, String partsSha256) {
        List<ReleaseFacts.DataFile> parts = facts.filesOf(table, format.kind());
        JsonlCompression compression =
                format instanceof JsonlFormat jsonl ? jsonl.compression() : JsonlCompression.NONE;
        // frictionless-py reads gzip but not zstd: a .jsonl.zst resource is declared as a file.
        boolean tabular = format.kind() == FormatName.JSONL && compression != JsonlCompression.ZSTD;
        ObjectNode r = mapper.createObjectNode();
        r.put("name", resourceName(table, format));
        if (parts.size() == 1) {
            r.put("path", parts.get(0).path());
            r.put("bytes", parts.get(0).bytes());
            r.put("hash", "sha256:" + parts.get(0).sha256());
        } else {
            // A multipart resource's bytes are its parts joined in path order, and so is its hash
            // (as Frictionless computes it); each part's own SHA-256 is in manifest.json and SHA256SUMS.
            ArrayNode paths = r.putArray("path");
            parts.forEach(p -> paths.add(p.path()));
            r.put(
                    "bytes",
                    parts.stream().mapToLong(ReleaseFacts.DataFile::bytes).sum());
            r.put("hash", "sha256:" + partsSha256);
        }
        r.put("type", tabular ? "table" : "file");
        r.put("profile", tabular ? "tabular-data-resource" : "data-resource");
        r.put("format", format.kind().word());
        r.put("mediatype", format.mediaType());
        if (compression == JsonlCompression.GZIP) {
            r.put("compression", "gz");
        }
        if (tabular) {
            r.put("encoding", "utf-8");
        }
        boolean byYear = format.kind() == FormatName.PARQUET && facts.parquetLayout() instanceof ParquetLayout.ByYear;
        r.put(
                "description",
                table.description()
                        + (byYear
                                ? " Partitioned Hive-style by year: the files hold every"
                                        + " column but year, which is the folder name (data/" + table.name()
                                        + "/year=YYYY/), declared in"
                                        + " x_partition_fields."
                                : "")
                        + (compression == JsonlCompression.ZSTD
                                ? " Compressed with zstd:"
                                        + " decompress it (zstd -d) to read it as a table with Frictionless."
                                : ""));
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        ArrayNode partitionFields = byYear ? r.putArray("x_partition_fields") : null;
        for (Column column : table.columns()) {
            boolean inPath = byYear && column.name().equals(ParquetLayout.PARTITION_COLUMN);
            ObjectNode f = inPath ? partitionFields.addObject() : fields.addObject();
            f.put("name", column.name());
            f.put("type", Types.frictionless(column.type()));
            if (column.type() instanceof ColumnType.Date) {
                f.put("format", "default");
            }
            f.put("description", column.description());
            if (!column.nullable()) {
                f.putObject("constraints").put("required", true);
            }
        }
        if (table.name().equals("articles")) {
            schema.put("primaryKey", "id");
        } else {
            schema.putArray("primaryKey").add("article_id").add("span_id");
            ObjectNode fk = schema.putArray("foreignKeys").addObject();
            fk.put("fields", "article_id");
            fk.putObject("reference")
                    .put("resource", "articles-" + format.kind().word())
                    .put("fields", "id");
        }
        return r;
    }

    /**
     * @param partsSha256 the SHA-256 of each multipart resource's parts joined in path order, by
     *     resource name ({@link #resourceName})
     */
    public static ObjectNode of(ReleaseFacts facts, Map<String, String> partsSha256, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("profile", "data-package");
        root.put("name", ReleaseSpec.NAME);
        root.put("title", "zhengfa-corpus: annotated Chinese political-legal news");
        root.put("description", ReleaseFacts.DESCRIPTION);
        root.put("version", facts.spec().version());
        root.put("created", facts.spec().releaseDate() + "T00:00:00Z");
        root.put("id", "sha256:" + facts.releaseId());
        ArrayNode licenses = root.putArray("licenses");
        licenses.addObject()
                .put("name", "Apache-2.0")
                .put("path", "https://www.apache.org/licenses/LICENSE-2.0")
                .put("title", "Apache License 2.0 (metadata, annotations, schemas)");
        licenses.addObject()
                .put("name", "CC0-1.0")
                .put("path", "https://creativecommons.org/publicdomain/zero/1.0/")
                .put("title", "CC0 1.0 (GB/T 2260 region codes)");
        root.put("x_license_note", ReleaseFacts.LICENSE_NOTE);
        ArrayNode sources = root.putArray("sources");
        facts.sources().forEach((key, source) -> {
            ObjectNode s = sources.addObject();
            s.put("title", source.nameZh() + " (" + source.nameEn() + ")");
            if (source.site() != null) {
                s.put("path", source.site());
            }
        });
        ArrayNode resources = root.putArray("resources");
        for (TableSchema table : facts.tables()) {
            for (TableFormat format : facts.formats()) {
                resources.add(resource(mapper, facts, table, format, partsSha256.get(resourceName(table, format))));
            }
        }
        return root;
    }
}
