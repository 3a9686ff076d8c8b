package zhengfa.corpus.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.DocumentCodes;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.json.JsonDocumentReader;
import zhengfa.corpus.json.JsonLimits;
import zhengfa.corpus.model.Annotations;
import zhengfa.corpus.model.Sidecar;
import zhengfa.corpus.text.DecodedText;
import zhengfa.corpus.text.TextDecoder;
import zhengfa.corpus.vocab.SchemaValidator;

/**
 * Reads one article's files into what the rules see, reporting whatever makes a part unreadable:
 * a text that is not UTF-8, a sidecar that is not JSON or breaks the schema.
 */
public final class ArticleLoader {

    private final CorpusLayout layout;
    private final SchemaValidator sidecarSchema;
    private final SchemaValidator annotationSchema;
    private final JsonDocumentReader jsonReader;
    private final long maxTextBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final ObjectMapper sidecarMapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // Lenient on purpose: a sidecar that breaks the schema still gets a typed view of its
            // readable fields, so the other rules can report their problems in the same run.
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ArticleLoader(
            CorpusLayout layout,
            SchemaValidator sidecarSchema,
            SchemaValidator annotationSchema,
            JsonLimits limits,
            long maxTextBytes) {
        this.layout = layout;
        this.sidecarSchema = sidecarSchema;
        this.annotationSchema = annotationSchema;
        this.jsonReader = new JsonDocumentReader(limits);
        this.maxTextBytes = maxTextBytes;
    }

    /** An article's bytes, read but not parsed, and their content digest. */
    public record RawArticle(
            String id,
            String textFile,
            byte[] text,
            String sidecarFile,
            byte[] sidecar,
            String annotationFile,
            byte[] annotations,
            String contentSha256) {}

    public RawArticle read(ArticleFiles files, FindingSink sink) {
        String textFile = layout.display(files.text());
        String sidecarFile = layout.display(files.sidecar());
        String annotationFile = files.annotations() == null ? null : layout.display(files.annotations());
        byte[] text = readBytes(files.text(), textFile, sink, maxTextBytes).orElse(null);
        byte[] sidecar = readBytes(files.sidecar(), sidecarFile, sink, jsonReader.maxFileBytes())
                .orElse(null);
        byte[] annotations = annotationFile == null
                ? null
                : readBytes(files.annotations(), annotationFile, sink, jsonReader.maxFileBytes())
                        .orElse(new byte[0]);
        return new RawArticle(
                files.id(),
                textFile,
                text,
                sidecarFile,
                sidecar,
                annotationFile,
                annotations,
                contentDigest(text, sidecar, annotations));
    }

    /** Decodes and parses what {@link #read} read; the content digest computed there is kept, not recomputed. */
    public ArticleInput parse(RawArticle raw, FindingSink sink, boolean validateSchemas) {
        String id = raw.id();
        String textFile = raw.textFile();
        String sidecarFile = raw.sidecarFile();
        String annotationFile = raw.annotationFile();
        byte[] textBytes = raw.text();
        byte[] sidecarBytes = raw.sidecar();
        byte[] annotationBytes = raw.annotations();
        String text = textBytes == null ? null : decodeText(textBytes, textFile, sink);
        JsonNode json = sidecarBytes == null
                ? null
                : jsonReader
                        .read(sidecarBytes, sidecarFile, DocumentCodes.SIDECAR, sink)
                        .orElse(null);
        Sidecar sidecar = null;
        boolean schemaValid = false;
        if (json != null) {
            schemaValid = !validateSchemas || sidecarSchema.validate(json, sidecarFile, sink);
            try {
                sidecar = json.isObject() ? sidecarMapper.treeToValue(json, Sidecar.class) : null;
            } catch (IOException | IllegalArgumentException e) {
                if (schemaValid) {
                    // The schema admits only what Sidecar can hold; reaching this is a bug in the schema.
                    sink.report(Finding.of(FindingCode.SIDECAR_SCHEMA_VIOLATION, sidecarFile)
                            .found(e.getMessage())
                            .expected("a sidecar the schema and the tool agree on")
                            .fix("report this as a bug in schema/article.schema.json")
                            .message("sidecar passed the schema but cannot be read"));
                }
            }
        }
        Annotations annotations = Annotations.none(id);
        boolean annotationsReadable = true;
        if (annotationFile != null) {
            JsonNode annotationJson = annotationBytes == null
                    ? null
                    : jsonReader
                            .read(annotationBytes, annotationFile, DocumentCodes.ANNOTATIONS, sink)
                            .orElse(null);
            annotationsReadable = annotationJson != null
                    && (!validateSchemas || annotationSchema.validate(annotationJson, annotationFile, sink));
            if (annotationJson != null) {
                annotations = AnnotationsReader.read(annotationJson, id);
            }
        }
        return new ArticleInput(
                id,
                textFile,
                sidecarFile,
                text,
                sidecar,
                schemaValid,
                annotationFile,
                annotations,
                annotationsReadable,
                raw.contentSha256());
    }

    /**
     * Reads an article from bytes already in memory (null for a part that could not be read).
     * Never throws for any bytes: every problem becomes a finding.
     */
    public ArticleInput load(
            String id,
            String textFile,
            byte[] textBytes,
            String sidecarFile,
            byte[] sidecarBytes,
            String annotationFile,
            byte[] annotationBytes,
            FindingSink sink) {
        byte[] annotations = annotationFile == null ? null : annotationBytes;
        return parse(
                new RawArticle(
                        id,
                        textFile,
                        textBytes,
                        sidecarFile,
                        sidecarBytes,
                        annotationFile,
                        annotations,
                        contentDigest(textBytes, sidecarBytes, annotations)),
                sink,
                true);
    }

    /** The content digest of an article's files, computed without parsing them. */
    public static String contentDigest(byte[] text, byte[] sidecar, byte[] annotations) {
        MessageDigest combined = zhengfa.corpus.model.Sha256.newDigest();
        for (byte[] part : new byte[][] {text, sidecar, annotations}) {
            String hex = part == null ? "" : zhengfa.corpus.model.Sha256.hex(part);
            combined.update((hex + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(combined.digest());
    }

    private String decodeText(byte[] bytes, String display, FindingSink sink) {
        DecodedText decoded = decoder.decode(bytes);
        if (decoded instanceof DecodedText.NotUtf8 bad) {
            String likely = bad.likelyEncoding();
            sink.report(Finding.of(FindingCode.TEXT_NOT_UTF8, display)
                    .at(new Location.ByteOffset(bad.byteOffset()))
                    .found("a byte sequence that is not UTF-8 at byte " + bad.byteOffset() + " (line " + bad.line()
                            + ", column " + bad.column() + ")"
                            + (likely == null ? "" : "; the whole file decodes as " + likely))
                    .expected("UTF-8")
                    .fix(
                            likely == null
                                    ? "find the damaged bytes and re-save the file as UTF-8"
                                    : "convert it: iconv -f " + likely + " -t UTF-8 " + display + " > tmp && mv tmp "
                                            + display)
                    .message("text is not valid UTF-8" + (likely == null ? "" : " (it looks like " + likely + ")")));
            return null;
        }
        return ((DecodedText.Utf8) decoded).text();
    }

    private Optional<byte[]> readBytes(Path file, String display, FindingSink sink, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                reportTooLarge(display, size, limit, sink);
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            reportUnreadable(display, e, sink);
            return Optional.empty();
        }
    }

    /** The largest text file this loader reads. */
    public long maxTextBytes() {
        return maxTextBytes;
    }

    /** The largest sidecar or annotation file this loader reads. */
    public long maxJsonBytes() {
        return jsonReader.maxFileBytes();
    }

    /** A file over its limit is not read: for readers of other file systems (the Spark job) as for this one. */
    public static void reportTooLarge(String display, long size, long limit, FindingSink sink) {
        sink.report(Finding.of(FindingCode.CORPUS_FILE_TOO_LARGE, display)
                .found(size + " bytes")
                .expected("at most " + limit + " bytes")
                .fix("check that this is one article; raise the limit with --max-text-bytes if it really is")
                .message("file is larger than the limit"));
    }

    public static void reportUnreadable(String display, IOException e, FindingSink sink) {
        sink.report(Finding.of(FindingCode.CORPUS_UNREADABLE_FILE, display)
                .found(e.getClass().getSimpleName() + ": " + e.getMessage())
                .expected("a readable file")
                .fix("check the file's permissions")
                .message("file cannot be read"));
    }
}
