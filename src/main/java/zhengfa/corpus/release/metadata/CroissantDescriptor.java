package zhengfa.corpus.release.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.table.Column;
import zhengfa.corpus.table.ColumnType;
import zhengfa.corpus.table.TableSchema;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * {@code croissant.json}: MLCommons Croissant 1.0 metadata. One FileObject per data file (with
 * sha256), one RecordSet per table read from its Parquet file, list columns as repeated fields
 * and the nested annotations as a repeated sub-record. The @context is Croissant 1.0's standard one,
 * so mlcroissant validates the file without a warning and loads every record (CroissantIT).
 */
public final class CroissantDescriptor {

    public static final String FILE = "croissant.json";
    private static final String PARQUET_FILES = FormatName.PARQUET.word();
    private static final String CROISSANT_PARQUET = "application/x-parquet";

    private CroissantDescriptor() {}

    public static ObjectNode of(ReleaseFacts facts, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        context(root.putObject("@context"));
        root.put("@type", "sc:Dataset");
        root.put("name", ReleaseSpec.NAME);
        root.put("description", ReleaseFacts.DESCRIPTION + " " + ReleaseFacts.LICENSE_NOTE);
        root.put("conformsTo", "http://mlcommons.org/croissant/1.0");
        root.put("version", facts.spec().version());
        root.put("datePublished", facts.spec().releaseDate().toString());
        root.put(
                "url", "https://zhengfa-corpus.invalid/releases/" + facts.spec().version());
        root.putArray("license")
                .add("https://spdx.org/licenses/Apache-2.0.html")
                .add("https://spdx.org/licenses/CC0-1.0.html");
        root.putArray("inLanguage").add("zh-Hans").add("zh-Hant");
        root.putArray("keywords")
                .add("Chinese")
                .add("政法")
                .add("news")
                .add("interviews")
                .add("named entities");
        root.putObject("creator").put("@type", "sc:Organization").put("name", "zhengfa-corpus curators");
        root.put("citeAs", Citation.bibtex(facts.spec()));
        ArrayNode distribution = root.putArray("distribution");
        for (ReleaseFacts.DataFile file : facts.dataFiles().values()) {
            ObjectNode fo = distribution.addObject();
            fo.put("@type", "cr:FileObject");
            fo.put("@id", file.path());
            fo.put("name", file.path());
            fo.put("contentUrl", file.path());
            fo.put("contentSize", file.bytes() + " B");
            fo.put(
                    "encodingFormat",
                    encodingFormat(file.format().kind(), file.format().mediaType()));
            fo.put("sha256", file.sha256());
        }
        boolean partitioned = !(facts.parquetLayout() instanceof ParquetLayout.Single);
        if (partitioned) {
            for (TableSchema table : facts.tables()) {
                ObjectNode fs = distribution.addObject();
                fs.put("@type", "cr:FileSet");
                fs.put("@id", "data/" + table.name() + "/" + PARQUET_FILES);
                fs.put("name", table.name() + " (Parquet parts)");
                fs.put("encodingFormat", CROISSANT_PARQUET);
                // mlcroissant's glob does not descend through **, so the pattern names each level.
                fs.put(
                        "includes",
                        "data/" + table.name()
                                + (facts.parquetLayout() instanceof ParquetLayout.ByYear ? "/year=*/*." : "/*.")
                                + PARQUET_FILES);
            }
        }
        ArrayNode recordSets = root.putArray("recordSet");
        for (TableSchema table : facts.tables()) {
            ObjectNode rs = recordSets.addObject();
            rs.put("@type", "cr:RecordSet");
            rs.put("@id", table.name());
            rs.put("name", table.name());
            rs.put("description", table.description());
            String sourceId = partitioned
                    ? "data/" + table.name() + "/" + PARQUET_FILES
                    : "data/" + table.name() + "." + PARQUET_FILES;
            String sourceKind = partitioned ? "fileSet" : "fileObject";
            ArrayNode fields = rs.putArray("field");
            for (Column column : table.columns()) {
                ObjectNode f =
                        field(mapper, table.name() + "/" + column.name(), column, sourceKind, sourceId, column.name());
                if (facts.parquetLayout() instanceof ParquetLayout.ByYear
                        && column.name().equals(ParquetLayout.PARTITION_COLUMN)) {
                    // Partitioned by year, the column lives in the path: data/<table>/year=2023/part-00000.parquet.
                    ObjectNode source = f.putObject("source");
                    source.putObject("fileSet").put("@id", sourceId);
                    source.putObject("extract").put("fileProperty", "fullpath");
                    source.putObject("transform").put("regex", "^.*/year=([0-9]+)/[^/]+$");
                }
                fields.add(f);
            }
        }
        return root;
    }

    /**
     * Croissant names formats by the media types its readers dispatch on (mlcroissant's
     * EncodingFormat), which predate the registered application/vnd.apache.parquet.
     */
    private static String encodingFormat(FormatName format, String mediaType) {
        return switch (format) {
            case PARQUET -> CROISSANT_PARQUET;
            case JSONL -> "application/jsonlines";
            case ARROW -> mediaType;
        };
    }

    private static ObjectNode field(
            ObjectMapper mapper, String id, Column column, String sourceKind, String sourceId, String path) {
        ObjectNode f = mapper.createObjectNode();
        f.put("@type", "cr:Field");
        f.put("@id", id);
        f.put("name", column.name());
        f.put("description", column.description());
        ColumnType type = column.type();
        if (type instanceof ColumnType.ListOf list) {
            f.put("repeated", true);
            type = list.element();
        }
        if (type instanceof ColumnType.Struct struct) {
            f.put("dataType", "cr:RecordSet");
            ArrayNode sub = f.putArray("subField");
            for (Column child : struct.fields()) {
                ObjectNode subField = field(mapper, id + "/" + child.name(), child, sourceKind, sourceId, path);
                // A struct's members are not columns of the file: each is read from the parent column
                // by a JSON path, over every element when the parent is a list.
                ((ObjectNode) subField.get("source"))
                        .putObject("transform")
                        .put("jsonPath", (f.path("repeated").asBoolean() ? "$[*]." : "$.") + child.name());
                sub.add(subField);
            }
        } else {
            f.put("dataType", Types.croissant(type));
        }
        ObjectNode source = f.putObject("source");
        source.putObject(sourceKind).put("@id", sourceId);
        source.putObject("extract").put("column", path);
        return f;
    }

    private static void context(ObjectNode c) {
        c.put("@language", "en");
        c.put("@vocab", "https://schema.org/");
        c.put("sc", "https://schema.org/");
        c.put("cr", "http://mlcommons.org/croissant/");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("citeAs", "cr:citeAs");
        c.put("column", "cr:column");
        c.put("conformsTo", "dct:conformsTo");
        c.putObject("data").put("@id", "cr:data").put("@type", "@json");
        c.putObject("dataType").put("@id", "cr:dataType").put("@type", "@vocab");
        c.put("equivalentProperty", "cr:equivalentProperty");
        c.putObject("examples").put("@id", "cr:examples").put("@type", "@json");
        c.put("extract", "cr:extract");
        c.put("field", "cr:field");
        c.put("fileObject", "cr:fileObject");
        c.put("fileProperty", "cr:fileProperty");
        c.put("fileSet", "cr:fileSet");
        c.put("format", "cr:format");
        c.put("includes", "cr:includes");
        c.put("isLiveDataset", "cr:isLiveDataset");
        c.put("jsonPath", "cr:jsonPath");
        c.put("key", "cr:key");
        c.put("md5", "cr:md5");
        c.put("parentField", "cr:parentField");
        c.put("path", "cr:path");
        c.put("rai", "http://mlcommons.org/croissant/RAI/");
        c.put("recordSet", "cr:recordSet");
        c.put("references", "cr:references");
        c.put("regex", "cr:regex");
        c.put("repeated", "cr:repeated");
        c.put("replace", "cr:replace");
        c.put("samplingRate", "cr:samplingRate");
        c.put("separator", "cr:separator");
        c.put("source", "cr:source");
        c.put("subField", "cr:subField");
        c.put("transform", "cr:transform");
    }
}
