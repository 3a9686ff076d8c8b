package zhengfa.corpus.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import zhengfa.corpus.finding.DocumentCodes;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.text.DecodedText;
import zhengfa.corpus.text.TextDecoder;

/**
 * Reads a JSON document strictly: UTF-8 only, no duplicate keys, no comments, no trailing commas,
 * nothing after the value, and within {@link JsonLimits}. Every failure becomes a located finding.
 */
public final class JsonDocumentReader {

    private final ObjectMapper mapper;
    private final TextDecoder decoder = new TextDecoder();
    private final JsonLimits limits;

    public JsonDocumentReader(JsonLimits limits) {
        this.limits = limits;
        this.mapper = strictMapper(limits);
    }

    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    public static ObjectMapper strictMapper(JsonLimits limits) {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(
                        JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .build());
        return mapper;
    }

    /** The parsed document, or empty after reporting why it could not be read. */
    public Optional<JsonNode> read(byte[] bytes, String file, DocumentCodes codes, FindingSink sink) {
        if (bytes.length > limits.maxFileBytes()) {
            sink.report(Finding.of(codes.tooLarge(), file)
                    .found(bytes.length + " bytes")
                    .expected("at most " + limits.maxFileBytes() + " bytes")
                    .fix("check that this is the right file; raise the limit only if it really is")
                    .message("file is larger than the limit"));
            return Optional.empty();
        }
        DecodedText decoded = decoder.decode(bytes);
        if (decoded instanceof DecodedText.NotUtf8 bad) {
            sink.report(Finding.of(codes.malformed(), file)
                    .at(new Location.ByteOffset(bad.byteOffset()))
                    .found("bytes that are not UTF-8"
                            + (bad.likelyEncoding() == null ? "" : " (they decode as " + bad.likelyEncoding() + ")"))
                    .expected("UTF-8 JSON")
                    .fix("re-save the file as UTF-8 without BOM")
                    .message("invalid UTF-8 at byte " + bad.byteOffset()));
            return Optional.empty();
        }
        String json = ((DecodedText.Utf8) decoded).text();
        if (json.startsWith("\uFEFF")) {
            sink.report(Finding.of(codes.malformed(), file)
                    .at(new Location.LineColumn(1, 1))
                    .found("a byte order mark (EF BB BF)")
                    .expected("UTF-8 without BOM")
                    .fix("re-save the file as UTF-8 without BOM")
                    .message("file starts with a byte order mark"));
            return Optional.empty();
        }
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode node;
            try {
                node = mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                // Jackson does not locate limit violations; the parser knows where it stopped.
                sink.report(describeLimit(e, json, parser.currentLocation(), file, codes));
                return Optional.empty();
            }
            if (node == null || node.isMissingNode()) {
                sink.report(Finding.of(codes.malformed(), file)
                        .found("an empty file")
                        .expected("a JSON object")
                        .fix("write the fields as a JSON object")
                        .message("file is empty"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            sink.report(describe(e, json, e.getLocation(), file, codes));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory cannot fail", e);
        }
    }

    /** Jackson counts columns in UTF-16 units; a curator's editor counts characters (code points). */
    private static Location locate(String json, JsonLocation where) {
        if (where == null || where.getCharOffset() < 0) {
            return where == null
                    ? new Location.WholeFile()
                    : new Location.LineColumn(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
        }
        return zhengfa.corpus.text.TextPositions.at(json, (int) Math.min(where.getCharOffset(), json.length()));
    }

    private Finding describeLimit(
            StreamConstraintsException e, String json, JsonLocation where, String file, DocumentCodes codes) {
        String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (problem.startsWith("String value length")) {
            // Point at the start of the long string, not where Jackson's buffer happened to fill up.
            int offset = (int) Math.min(Math.max(where.getCharOffset(), 0), json.length());
            int quote = json.lastIndexOf('"', Math.max(offset - 1, 0));
            while (quote > 0 && json.charAt(quote - 1) == '\\') {
                quote = json.lastIndexOf('"', quote - 2);
            }
            return Finding.of(codes.tooLarge(), file)
                    .at(zhengfa.corpus.text.TextPositions.at(json, Math.max(quote, 0)))
                    .found("a string longer than " + limits.maxStringLength() + " characters")
                    .expected("strings of at most " + limits.maxStringLength() + " characters (--max-json-string)")
                    .fix("shorten the value; long content belongs in the text file, not in the metadata")
                    .message("string exceeds the length limit");
        }
        return Finding.of(codes.tooLarge(), file)
                .at(locate(json, where))
                .found("nesting deeper than " + limits.maxNestingDepth() + " levels")
                .expected("at most " + limits.maxNestingDepth() + " nested objects or arrays (--max-json-depth)")
                .fix("flatten the structure; these files are flat records")
                .message("nesting exceeds the depth limit");
    }

    private static Finding describe(
            JsonProcessingException e, String json, JsonLocation where, String file, DocumentCodes codes) {
        Location location = locate(json, where);
        String problem = e.getOriginalMessage();
        if (problem != null && problem.startsWith("Duplicate field")) {
            return Finding.of(codes.duplicateKey(), file)
                    .at(location)
                    .found(problem)
                    .expected("each key once per object")
                    .fix("delete one of the two entries; JSON readers silently keep only one of them")
                    .message("duplicate key: " + problem.substring("Duplicate field ".length()));
        }
        return Finding.of(codes.malformed(), file)
                .at(location)
                .found(problem == null ? e.getClass().getSimpleName() : firstLine(problem))
                .expected("strict JSON (RFC 8259): no comments, no trailing commas, double-quoted keys")
                .fix("correct the JSON syntax at this position")
                .message("not well-formed JSON");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
