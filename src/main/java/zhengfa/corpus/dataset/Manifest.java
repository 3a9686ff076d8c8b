package zhengfa.corpus.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import zhengfa.corpus.writer.FormatName;
import zhengfa.corpus.writer.jsonl.JsonlCompression;

/**
 * A release's {@code manifest.json}: its name, version and id, counts and facets, and each table's
 * files and columns. {@code release.metadata.ReleaseMetadata} writes it and every reader of a release
 * reads it through {@link #read(Path)}, so that the two cannot disagree on a key. Keys a later
 * version adds are ignored when read.
 *
 * @param facets each facet's values and their article (or span) counts, in the order written
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
    "name",
    "version",
    "release_date",
    "release_id",
    "release_id_algorithm",
    "counts",
    "facets",
    "tables"
})
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        String name,
        String version,

        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = IsoDate.class)
        LocalDate releaseDate,

        String releaseId,
        String releaseIdAlgorithm,
        Counts counts,
        Map<String, Map<String, Integer>> facets,
        List<Table> tables) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Manifest {
        facets = facets == null ? Map.of() : copyInOrder(facets);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** Reads a manifest; a file that is not JSON, or not of a manifest's form, throws with the place it went wrong. */
    public static Manifest read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Manifest.class);
    }

    /** The manifest as a JSON tree, keys in the written order, for a writer's own pretty printer. */
    public JsonNode toJson() {
        return MAPPER.valueToTree(this);
    }

    /** Every data file of every table. */
    public Stream<DataFile> files() {
        return tables.stream().flatMap(t -> t.files().stream());
    }

    /** The table of this name, if the manifest lists one. */
    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> tableName.equals(t.name())).findFirst();
    }

    /** The formats the tables are written in, by their words, sorted ({@code jsonl,parquet}), as {@code --formats} takes them. */
    public String formatWords() {
        TreeSet<String> words = new TreeSet<>();
        files().forEach(f -> words.add(f.format()));
        return String.join(",", words);
    }

    /** How the JSON Lines files are compressed, told by the first one's name; none when there is none. */
    public JsonlCompression jsonlCompression() {
        return files().filter(f -> f.is(FormatName.JSONL))
                .findFirst()
                .map(f -> JsonlCompression.of(Path.of(f.path())))
                .orElse(JsonlCompression.NONE);
    }

    private static Map<String, Map<String, Integer>> copyInOrder(Map<String, Map<String, Integer>> facets) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        facets.forEach((facet, values) ->
                copy.put(facet, values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        return Collections.unmodifiableMap(copy);
    }

    /** How many articles, spans and characters (code points) the release holds. */
    public record Counts(int articles, int spans, long characters) {}

    /**
     * One table of the release.
     *
     * @param rows its row count, the same in each of its formats
     */
    @JsonPropertyOrder({"name", "description", "rows", "files", "columns"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Table(String name, String description, long rows, List<DataFile> files, List<Column> columns) {

        public Table {
            files = files == null ? List.of() : List.copyOf(files);
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /**
     * One file of a table, in one format.
     *
     * @param format the format's word ({@code jsonl}, {@code parquet}, {@code arrow}); kept as written, so that a
     *     release of a later version with a format this one does not know still reads
     * @param compression the JSON Lines compression ({@code gzip}, {@code zstd}); absent when none
     */
    @JsonPropertyOrder({"path", "format", "mediatype", "compression", "bytes", "sha256"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataFile(
            String path,
            String format,
            String mediatype,
            @JsonInclude(JsonInclude.Include.NON_NULL) String compression,
            long bytes,
            String sha256) {

        /** Whether the file is in this format. */
        public boolean is(FormatName name) {
            return name.word().equals(format);
        }
    }

    /**
     * One column of a table.
     *
     * @param type the type as the manifest spells it: {@code string}, {@code int32}, {@code list<string>}, …
     */
    @JsonPropertyOrder({"name", "type", "nullable", "description"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String name, String type, boolean nullable, String description) {}

    /** A release date as ISO 8601 ({@code 2026-11-30}); anything else is a located error, not a silent null. */
    static final class IsoDate extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text != null) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // reported below, with the value
                }
            }
            return (LocalDate) context.handleWeirdStringValue(
                    LocalDate.class, String.valueOf(text), "not a date of the form YYYY-MM-DD");
        }
    }
}
