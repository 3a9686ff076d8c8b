package zhengfa.corpus.release.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.TableFormat;

/**
 * {@code datapackage.json}: a Frictionless Data Package (v1) with one data resource per data file,
 * each with its bytes, SHA-256 and the Table Schema of its table.
 */
public final class DataPackageDescriptor {

    public static final String FILE = "datapackage.json";

    private DataPackageDescriptor() {
    }

    /** One resource per table and format: a single file, or a multipart resource of its parts. */
    private static ObjectNode resource(ObjectMapper mapper, TableSchema table, TableFormat format,
                                       List<ReleaseFacts.DataFile> parts) {
        ObjectNode r = mapper.createObjectNode();
        r.put("name", table.name() + "-" + format.extension());
        if (parts.size() == 1) {
            r.put("path", parts.get(0).path());
            r.put("bytes", parts.get(0).bytes());
            r.put("hash", "sha256:" + parts.get(0).sha256());
        } else {
            // Frictionless hashes whole resources only; each part's SHA-256 is in manifest.json and SHA256SUMS.
            ArrayNode paths = r.putArray("path");
            parts.forEach(p -> paths.add(p.path()));
            r.put("bytes", parts.stream().mapToLong(ReleaseFacts.DataFile::bytes).sum());
        }
        r.put("profile", "data-resource");
        r.put("format", format.extension());
        r.put("mediatype", format.mediaType());
        r.put("encoding", "utf-8");
        r.put("description", table.description());
        ObjectNode schema = r.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        for (Column column : table.columns()) {
            ObjectNode f = fields.addObject();
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
            fk.putObject("reference").put("resource", "articles-" + format.extension()).put("fields", "id");
        }
        return r;
    }

    public static ObjectNode of(ReleaseFacts facts, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("profile", "data-package");
        root.put("name", ReleaseSpec.NAME);
        root.put("title", "zhengfa-corpus: annotated Chinese political-legal news");
        root.put("description", ReleaseFacts.DESCRIPTION);
        root.put("version", facts.spec().version());
        root.put("created", facts.spec().releaseDate() + "T00:00:00Z");
        root.put("id", "sha256:" + facts.releaseId());
        ArrayNode licenses = root.putArray("licenses");
        licenses.addObject().put("name", "Apache-2.0").put("path", "https://www.apache.org/licenses/LICENSE-2.0")
                .put("title", "Apache License 2.0 (metadata, annotations, schemas)");
        licenses.addObject().put("name", "CC0-1.0").put("path", "https://creativecommons.org/publicdomain/zero/1.0/")
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
                resources.add(resource(mapper, table, format, facts.filesOf(table, format.extension())));
            }
        }
        return root;
    }
}
