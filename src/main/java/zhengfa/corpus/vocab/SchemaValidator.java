package zhengfa.corpus.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengfa.corpus.finding.DocumentCodes;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/**
 * A JSON Schema (draft 2020-12) of the project, with {@code format} assertions on, that reports
 * violations as findings located by JSON Pointer. {@code $ref}s resolve only to files inside
 * {@code schema/}: the schemas' {@code $id} base {@value #ID_BASE} is mapped onto the folder, and
 * every other remote location is refused rather than fetched.
 */
public final class SchemaValidator {

    public static final String ID_BASE = "https://zhengfa-corpus.invalid/schema/";

    private final JsonSchema schema;
    private final String schemaFile;
    private final Map<String, FindingCode> codesByKeyword;
    private final FindingCode otherViolation;

    /** A value the document should have at a JSON Pointer, computed from the value it has; empty if none. */
    @FunctionalInterface
    public interface Suggestions {
        Optional<Suggestion> suggest(String pointer, JsonNode value);

        Suggestions NONE = (pointer, value) -> Optional.empty();
    }

    private final Suggestions suggestions;

    private SchemaValidator(JsonSchema schema, String schemaFile, DocumentCodes codes, Suggestions suggestions) {
        this.schema = schema;
        this.suggestions = suggestions;
        this.schemaFile = schemaFile;
        this.codesByKeyword = Map.of(
                "required", codes.missingField(),
                "additionalProperties", codes.unknownField(),
                "unevaluatedProperties", codes.unknownField(),
                "type", codes.wrongType(),
                "enum", codes.valueNotAllowed(),
                "const", codes.valueNotAllowed(),
                "pattern", codes.patternMismatch(),
                "format", codes.patternMismatch());
        this.otherViolation = codes.otherViolation();
    }

    /** Loads {@code schemaDir/fileName}; a broken schema or a remote {@code $ref} is the project's error. */
    public static SchemaValidator load(Path schemaDir, String fileName, DocumentCodes codes)
            throws VocabularyException {
        return load(schemaDir, fileName, codes, Suggestions.NONE);
    }

    /** As {@link #load(Path, String, DocumentCodes)}, with fixes that suggest the value to write where it can be computed. */
    public static SchemaValidator load(Path schemaDir, String fileName, DocumentCodes codes, Suggestions suggestions)
            throws VocabularyException {
        Path root = schemaDir.toAbsolutePath().normalize();
        Path file = root.resolve(fileName);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_BASE, asFolderUri(root)))
                        .schemaLoaders(loaders -> loaders.add(iri -> confined(root, iri.toString()))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .preloadJsonSchema(true)
                .build();
        try {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(ID_BASE + fileName), config);
            schema.initializeValidators();
            return new SchemaValidator(schema, file.toString(), codes, suggestions);
        } catch (JsonSchemaException | IllegalArgumentException | IllegalStateException e) {
            throw new VocabularyException(file, "is not a usable JSON Schema: " + rootMessage(e));
        }
    }

    /** Path.toUri() ends in a slash only for folders that exist; a prefix mapping needs it always. */
    private static String asFolderUri(Path folder) {
        String uri = folder.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * Answers every IRI so that the library's fallback loaders (which fetch URLs) are never asked:
     * files inside the schema folder are read, the validator's own meta-schemas come from its jar,
     * and anything else fails with a message naming the refused location.
     */
    private static InputStreamSource confined(Path root, String iri) {
        if (iri.startsWith("classpath:")) {
            return null;
        }
        if (iri.startsWith("file:")) {
            Path target = Path.of(URI.create(iri)).normalize();
            if (target.startsWith(root) && Files.isRegularFile(target)) {
                return () -> Files.newInputStream(target);
            }
        }
        return () -> {
            throw new IOException("refused to load " + iri + ": schemas may only refer to files inside " + root);
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }

    /** Reports every violation; returns whether the document is valid. */
    public boolean validate(JsonNode document, String file, FindingSink sink) {
        List<ValidationMessage> messages = schema.validate(document).stream()
                .sorted(Comparator.comparing(
                                (ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        for (ValidationMessage m : messages) {
            sink.report(describe(m, file));
        }
        return messages.isEmpty();
    }

    private Finding describe(ValidationMessage m, String file) {
        String type = m.getType();
        FindingCode code = codesByKeyword.getOrDefault(type, otherViolation);
        String pointer = m.getInstanceLocation().toString();
        String field = m.getProperty();
        if (("required".equals(type) || "additionalProperties".equals(type)) && field != null) {
            pointer = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
        }
        JsonNode schemaNode = m.getSchemaNode();
        String expected = schemaNode == null ? type : type + " " + schemaNode;
        String found = m.getInstanceNode() == null || "required".equals(type)
                ? null
                : abbreviate(m.getInstanceNode().toString());
        if ("additionalProperties".equals(type) && field != null && m.getInstanceNode() != null) {
            found = abbreviate("\"" + field + "\": " + m.getInstanceNode().path(field));
            expected = "only the fields " + Path.of(schemaFile).getFileName() + " defines";
        }
        String message = m.getMessage();
        // networknt prefixes the message with the pointer; the location already says it.
        if (message.startsWith(m.getInstanceLocation().toString() + ": ")) {
            message = message.substring(m.getInstanceLocation().toString().length() + 2);
        }
        Optional<Suggestion> suggestion = m.getInstanceNode() == null || "required".equals(type)
                ? Optional.empty()
                : suggestions.suggest(pointer, m.getInstanceNode());
        if ("pattern".equals(type)) {
            // the regular expression is in "expected" already; a person reads the value's form first
            message = "not in the form the schema gives";
        } else if ("format".equals(type) && "uri".equals(formatOf(m))) {
            // networknt's words ("does not match the uri pattern must be a valid RFC 3986 URI") read as one broken
            // sentence
            message = "not an absolute address (RFC 3986)";
            expected = "an absolute address with its scheme, e.g. https://www.example.gov.cn/news/2024/0315.html";
        }
        return Finding.of(code, file)
                .at(new Location.JsonPointer(pointer))
                .found(found)
                .expected(abbreviate(expected))
                .edit(suggestion.map(Suggestion::edit).orElse(null))
                .fix(suggestion
                        .map(v -> "write " + v.words())
                        .orElseGet(() -> "format".equals(type) && "uri".equals(formatOf(m))
                                ? "write the page's full address as the browser showed it, with its https:// or http://"
                                : fixFor(code, field)))
                .message(message);
    }

    /**
     * What to write instead, in words ("the code: …"), and as an edit where there is one value to write
     * (a region name shared by several places has none).
     */
    public record Suggestion(String words, Edit edit) {
        public static Suggestion of(String words) {
            return new Suggestion(words, null);
        }
    }

    private static String formatOf(ValidationMessage m) {
        JsonNode node = m.getSchemaNode();
        return node == null
                ? null
                : node.isTextual() ? node.asText() : node.path("format").asText(null);
    }

    private String fixFor(FindingCode code, String field) {
        String schemaName = Path.of(schemaFile).getFileName().toString();
        if (code == codesByKeyword.get("required")) {
            return "add \"" + field + "\" (schema/" + schemaName + " describes it)";
        } else if (code == codesByKeyword.get("additionalProperties")) {
            return "remove \"" + field + "\" or correct its spelling; schema/" + schemaName
                    + " lists the allowed fields";
        } else if (code == codesByKeyword.get("type")) {
            return "write the value with the JSON type the schema gives";
        } else if (code == codesByKeyword.get("enum")) {
            return "use one of the allowed values";
        } else if (code == codesByKeyword.get("pattern")) {
            return "write the value in the form the schema gives";
        }
        return "make the value satisfy the schema rule quoted above";
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    /** For reading the project's own registries: validates and throws on the first problem set. */
    public void requireValid(JsonNode document, Path file) throws VocabularyException {
        var messages = schema.validate(document);
        if (!messages.isEmpty()) {
            throw new VocabularyException(
                    file,
                    "does not match " + schemaFile + ": "
                            + messages.stream()
                                    .map(ValidationMessage::getMessage)
                                    .sorted()
                                    .toList());
        }
    }
}
