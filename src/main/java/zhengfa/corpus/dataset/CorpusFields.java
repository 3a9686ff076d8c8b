package zhengfa.corpus.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What becomes of every field a curator can record: the release columns it feeds, or the reason it
 * is left out. One declaration for the sidecar ({@code schema/article.schema.json}) and one for the
 * annotation file ({@code schema/annotation.schema.json}); a test fails when the schema gains a field
 * that has no fate here, so a new field cannot vanish between corpus and release. The card's column
 * dictionary names each column's field, and its "Fields not released" section comes from here.
 */
public final class CorpusFields {

    /** The fate of one schema field. */
    public sealed interface Fate permits Released, Excluded {}

    /** The field's value reaches these columns, as recorded or resolved against a vocabulary. */
    public record Released(List<String> columns, String how) implements Fate {
        public Released {
            columns = List.copyOf(columns);
        }
    }

    /** The field is not in the release, for this reason. */
    public record Excluded(String reason) implements Fate {}

    /** One schema's fields, in the schema's order, with their fates. */
    public record Declaration(String schemaFile, String pointer, Map<String, Fate> fates) {
        public Declaration {
            fates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fates));
        }

        /** The schema field a release column comes from, if any. */
        public Optional<String> fieldOf(String column) {
            return fates.entrySet().stream()
                    .filter(e ->
                            e.getValue() instanceof Released r && r.columns().contains(column))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        public Map<String, Excluded> excluded() {
            Map<String, Excluded> out = new LinkedHashMap<>();
            fates.forEach((field, fate) -> {
                if (fate instanceof Excluded e) {
                    out.put(field, e);
                }
            });
            return out;
        }
    }

    private static final String AS_RECORDED = "as recorded";

    /** The sidecar's fields and the {@code articles} columns they feed. */
    public static final Declaration ARTICLE = builder("schema/article.schema.json", "/properties")
            .released("id", AS_RECORDED, "id")
            .released("title", AS_RECORDED, "title")
            .released("title_basis", "'printed' when absent", "title_basis")
            .released("original_filename", AS_RECORDED, "original_filename")
            .released(
                    "source",
                    "the registry key, with the registry's names",
                    "source_id",
                    "source_name",
                    "source_name_en")
            .released("source_as_printed", AS_RECORDED, "source_as_printed")
            .released("retrieved_from", AS_RECORDED, "retrieved_from")
            .released("source_note", AS_RECORDED, "source_note")
            .released("date", "as recorded, with the year and day derived", "date", "year", "published_on")
            .released("date_precision", AS_RECORDED, "date_precision")
            .released("date_basis", AS_RECORDED, "date_basis")
            .released("date_evidence", AS_RECORDED, "date_evidence")
            .released("date_note", AS_RECORDED, "date_note")
            .released(
                    "region",
                    "the GB/T 2260 code, resolved to names, level and province",
                    "region_code",
                    "region_name",
                    "region_level",
                    "province_code",
                    "province_name",
                    "province_name_en")
            .released(
                    "iso_3166_2",
                    "derived from region, which validation checks the recorded value against",
                    "iso_3166_2")
            .released("script", AS_RECORDED, "script")
            .released("language", AS_RECORDED, "language")
            .released("genre", AS_RECORDED, "genre")
            .released("interviewees", AS_RECORDED, "interviewees")
            .released("reporters", AS_RECORDED, "reporters")
            .released("editors", AS_RECORDED, "editors")
            .released("page", AS_RECORDED, "page")
            .released("notes", AS_RECORDED, "notes")
            .released("url", AS_RECORDED, "url")
            .released("retrieved_at", AS_RECORDED, "retrieved_at")
            .released("original_encoding", AS_RECORDED, "original_encoding")
            .released("original_sha256", AS_RECORDED, "original_sha256")
            .released("review_status", "'reviewed' or null; drafts are never released", "review_status")
            .build();

    /** The annotation file's fields (the article's id and each span's) and the {@code annotations} columns they feed. */
    public static final Declaration SPAN = builder(
                    "schema/annotation.schema.json", "/properties/spans/items/properties")
            .released("id", AS_RECORDED, "span_id")
            .released("layer", AS_RECORDED, "layer")
            .released("label", AS_RECORDED, "label")
            .released("start", AS_RECORDED, "start")
            .released("end", AS_RECORDED, "end")
            .released("text", AS_RECORDED, "text")
            .released(
                    "attrs",
                    "one typed column per attribute schema/labels.json allows",
                    "attr_speaker",
                    "attr_kind",
                    "attr_region_code")
            .released("source", AS_RECORDED, "source")
            .build();

    private CorpusFields() {}

    public static Builder builder(String schemaFile, String pointer) {
        return new Builder(schemaFile, pointer);
    }

    /** Builds a declaration field by field, in the schema's order. */
    public static final class Builder {
        private final String schemaFile;
        private final String pointer;
        private final Map<String, Fate> fates = new LinkedHashMap<>();

        private Builder(String schemaFile, String pointer) {
            this.schemaFile = schemaFile;
            this.pointer = pointer;
        }

        public Builder released(String field, String how, String... columns) {
            fates.put(field, new Released(List.of(columns), how));
            return this;
        }

        public Builder excluded(String field, String reason) {
            fates.put(field, new Excluded(reason));
            return this;
        }

        public Declaration build() {
            return new Declaration(schemaFile, pointer, fates);
        }
    }
}
