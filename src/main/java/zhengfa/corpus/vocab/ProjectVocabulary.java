package zhengfa.corpus.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import zhengfa.corpus.finding.DocumentCodes;
import zhengfa.corpus.json.JsonDocumentReader;
import zhengfa.corpus.json.JsonLimits;

/** Everything the project's {@code schema/} folder defines: the sidecar schema and the controlled vocabularies. */
public record ProjectVocabulary(
        Path schemaDir,
        SchemaValidator articleSchema,
        SchemaValidator annotationSchema,
        LabelRegistry labels,
        Regions regions,
        Sources sources) {

    public static final String ARTICLE_SCHEMA = "article.schema.json";
    public static final String ANNOTATION_SCHEMA = "annotation.schema.json";
    public static final String LABELS = "labels.json";
    public static final String SOURCES = "sources.json";
    public static final String SOURCES_SCHEMA = "sources.schema.json";
    public static final String REGIONS_DIR = "regions";

    public static ProjectVocabulary load(Path schemaDir) throws VocabularyException {
        Path dir = folder(schemaDir);
        ObjectMapper mapper = JsonDocumentReader.strictMapper(JsonLimits.DEFAULT);
        Regions regions = Regions.load(dir.resolve(REGIONS_DIR));
        SchemaValidator articleSchema =
                SchemaValidator.load(dir, ARTICLE_SCHEMA, DocumentCodes.SIDECAR, new SidecarSuggestions(regions));
        SchemaValidator annotationSchema = SchemaValidator.load(dir, ANNOTATION_SCHEMA, DocumentCodes.ANNOTATIONS);
        Path sourcesFile = dir.resolve(SOURCES);
        JsonNode sourcesJson;
        try {
            sourcesJson = mapper.readTree(sourcesFile.toFile());
        } catch (IOException e) {
            throw new VocabularyException(sourcesFile, e.getMessage());
        }
        SchemaValidator.load(dir, SOURCES_SCHEMA, DocumentCodes.SIDECAR).requireValid(sourcesJson, sourcesFile);
        LabelRegistry labels = LabelRegistry.load(dir.resolve(LABELS), mapper, LabelRegistry.RELEASED_ATTRIBUTES);
        return new ProjectVocabulary(
                dir, articleSchema, annotationSchema, labels, regions, Sources.load(sourcesFile, mapper));
    }

    /** The schema folder as the vocabulary names it (absolute, normalised), which must exist. */
    public static Path folder(Path schemaDir) throws VocabularyException {
        Path dir = schemaDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new VocabularyException(
                    dir, "the schema folder does not exist; run from the project folder or pass --schema");
        }
        return dir;
    }
}
