package zhengfa.corpus.release;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import zhengfa.corpus.writer.TableFormat;

/**
 * The files that describe a release: {@code manifest.json}, the dataset card {@code README.md}
 * and {@code SHA256SUMS} (written last, over every other file). All derive from the declared
 * table schema and the statistics gathered while writing; nothing depends on the clock.
 */
final class ReleaseMetadata {

    static final String MANIFEST = "manifest.json";
    static final String CARD = "README.md";

    private final ReleaseSpec spec;
    private final String releaseId;
    private final ReleaseStatistics statistics;
    private final List<TableFormat> formats;
    private final ObjectMapper mapper = new ObjectMapper();

    ReleaseMetadata(ReleaseSpec spec, String releaseId, ReleaseStatistics statistics, List<TableFormat> formats) {
        this.spec = spec;
        this.releaseId = releaseId;
        this.statistics = statistics;
        this.formats = formats;
    }

    void writeInto(Path release) throws IOException {
        SortedMap<String, String> dataSums = FileTree.checksums(release.resolve(ReleaseCutter.DATA_DIR));
        writeString(release.resolve(MANIFEST), manifest(release, dataSums));
        writeString(release.resolve(CARD), card());
        StringBuilder sums = new StringBuilder();
        for (Map.Entry<String, String> entry : FileTree.checksums(release).entrySet()) {
            // Two spaces: the text-mode form `sha256sum -c` reads.
            sums.append(entry.getValue()).append("  ").append(entry.getKey()).append('\n');
        }
        writeString(release.resolve(ReleaseCutter.SUMS_FILE), sums.toString());
    }

    private String manifest(Path release, SortedMap<String, String> dataSums) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", ReleaseSpec.NAME);
        root.put("version", spec.version());
        root.put("release_date", spec.releaseDate().toString());
        root.put("release_id", releaseId);
        root.put("release_id_algorithm",
                "SHA-256 over one line per article, in id order: '<id> <content_sha256>\\n'");
        ObjectNode counts = root.putObject("counts");
        counts.put("articles", statistics.articles());
        counts.put("characters", statistics.characters());
        ObjectNode facets = root.putObject("facets");
        statistics.facets().forEach((facet, values) -> {
            ObjectNode node = facets.putObject(facet);
            values.forEach(node::put);
        });
        counts.put("spans", statistics.spans());
        ArrayNode tables = root.putArray("tables");
        for (TableSchema table : ReleaseCutter.TABLES) {
            ObjectNode t = tables.addObject();
            t.put("name", table.name());
            t.put("description", table.description());
            t.put("rows", statistics.rows(table));
            ArrayNode files = t.putArray("files");
            for (TableFormat format : formats) {
                String path = ReleaseCutter.DATA_DIR + "/" + ReleaseCutter.fileName(table, format);
                ObjectNode file = files.addObject();
                file.put("path", path);
                file.put("format", format.extension());
                file.put("mediatype", format.mediaType());
                file.put("bytes", Files.size(release.resolve(path)));
                file.put("sha256", dataSums.get(path.substring(ReleaseCutter.DATA_DIR.length() + 1)));
            }
            ArrayNode columns = t.putArray("columns");
            for (Column column : table.columns()) {
                ObjectNode c = columns.addObject();
                c.put("name", column.name());
                c.put("type", typeName(column.type()));
                c.put("nullable", column.nullable());
                c.put("description", column.description());
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer).writeValueAsString(root) + "\n";
    }

    static String typeName(ColumnType type) {
        if (type instanceof ColumnType.Utf8) {
            return "string";
        } else if (type instanceof ColumnType.Int32) {
            return "int32";
        } else if (type instanceof ColumnType.Date) {
            return "date";
        } else if (type instanceof ColumnType.ListOf list) {
            return "list<" + typeName(list.element()) + ">";
        } else if (type instanceof ColumnType.Struct struct) {
            StringBuilder sb = new StringBuilder("struct<");
            for (int i = 0; i < struct.fields().size(); i++) {
                Column f = struct.fields().get(i);
                sb.append(i == 0 ? "" : ", ").append(f.name()).append(": ").append(typeName(f.type()));
            }
            return sb.append('>').toString();
        }
        throw new IllegalArgumentException(type.toString());
    }

    private String card() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(spec.releaseName()).append("\n\n");
        md.append("Chinese-language news articles and interviews on regional political-legal (政法) work, ")
                .append("with validated metadata. Release ").append(spec.version()).append(" of ")
                .append(spec.releaseDate()).append(", release id `").append(releaseId).append("`.\n\n");
        md.append("## Files\n\n");
        for (TableSchema table : ReleaseCutter.TABLES) {
            for (TableFormat format : formats) {
                md.append("- `data/").append(ReleaseCutter.fileName(table, format)).append("`: ")
                        .append(statistics.rows(table)).append(" rows (").append(format.mediaType()).append(")\n");
            }
        }
        md.append("- `manifest.json`: version, counts, files with sizes and SHA-256, column list\n");
        md.append("- `SHA256SUMS`: check with `sha256sum -c SHA256SUMS`\n\n");
        md.append("## Composition\n\n");
        md.append(statistics.articles()).append(" articles, ").append(statistics.characters())
                .append(" characters (Unicode code points).\n\n");
        statistics.facets().forEach((facet, values) -> {
            md.append("| ").append(facet).append(" | articles |\n|---|---:|\n");
            values.forEach((value, count) -> md.append("| ").append(value).append(" | ").append(count).append(" |\n"));
            md.append('\n');
        });
        for (TableSchema table : ReleaseCutter.TABLES) {
            md.append("## Columns of `").append(table.name()).append("`\n\n");
            md.append(table.description()).append("\n\n");
            md.append("| column | type | nullable | description |\n|---|---|---|---|\n");
            for (Column column : table.columns()) {
                md.append("| `").append(column.name()).append("` | ").append(typeName(column.type()).replace("|", "\\|"))
                        .append(" | ").append(column.nullable() ? "yes" : "no").append(" | ")
                        .append(column.description()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("\n## Loading\n\n```python\nimport pandas as pd\narticles = pd.read_parquet(\"data/articles.parquet\")\n")
                .append("articles = pd.read_json(\"data/articles.jsonl\", lines=True, dtype={\"region_code\": str, \"province_code\": str}, convert_dates=False)\n```\n");
        return md.toString();
    }

    private static void writeString(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
}
