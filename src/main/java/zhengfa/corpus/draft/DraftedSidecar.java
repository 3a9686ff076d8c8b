package zhengfa.corpus.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhengfa.corpus.model.DateBasis;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.model.ReviewStatus;
import zhengfa.corpus.model.Script;
import zhengfa.corpus.model.TitleBasis;

/**
 * The sidecar {@code add} writes for a drafted page, in the schema's key order. A field drafting
 * could not fill is written as null, so that the curator sees it is there to fill; the notes and the
 * provenance a curator did not give are left out. How each field was found (its evidence, candidates
 * and confidence) is in the checklist ({@link DraftedField}), not here: the sidecar holds only what
 * the schema describes. Build one with {@link #builder()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
    "id",
    "title",
    "title_basis",
    "original_filename",
    "source",
    "source_as_printed",
    "source_note",
    "date",
    "date_precision",
    "date_basis",
    "date_evidence",
    "date_note",
    "region",
    "script",
    "language",
    "genre",
    "interviewees",
    "reporters",
    "editors",
    "url",
    "retrieved_at",
    "original_encoding",
    "original_sha256",
    "review_status"
})
public record DraftedSidecar(
        String id,
        String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) TitleBasis titleBasis,
        String originalFilename,
        String source,
        String sourceAsPrinted,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sourceNote,
        String date,
        DatePrecision datePrecision,
        DateBasis dateBasis,
        @JsonInclude(JsonInclude.Include.NON_NULL) String dateEvidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String dateNote,
        String region,
        Script script,
        String language,
        String genre,
        List<Person> interviewees,
        List<String> reporters,
        List<String> editors,
        @JsonInclude(JsonInclude.Include.NON_NULL) String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) String retrievedAt,
        String originalEncoding,
        String originalSha256,
        ReviewStatus reviewStatus) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DraftedSidecar {
        interviewees = List.copyOf(interviewees);
        reporters = List.copyOf(reporters);
        editors = List.copyOf(editors);
    }

    /** An interviewee; the role is left out when the page gives none. */
    public record Person(
            String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String role) {}

    /** The sidecar as JSON, keys in the schema's order, for the file writer's own printer. */
    public ObjectNode toJson() {
        return JSON.valueToTree(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fills the sidecar in groups of fields that go together (a date with its precision, basis and evidence). */
    public static final class Builder {
        private String id;
        private String title;
        private TitleBasis titleBasis;
        private String originalFilename;
        private String source;
        private String sourceAsPrinted;
        private String sourceNote;
        private String date;
        private DatePrecision datePrecision;
        private DateBasis dateBasis;
        private String dateEvidence;
        private String dateNote;
        private String region;
        private Script script;
        private String language;
        private String genre;
        private List<Person> interviewees = List.of();
        private List<String> reporters = List.of();
        private List<String> editors = List.of();
        private String url;
        private String retrievedAt;
        private String originalEncoding;
        private String originalSha256;
        private ReviewStatus reviewStatus = ReviewStatus.DRAFT;

        private Builder() {}

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** @param basis null for a printed headline (the schema's default), {@link TitleBasis#SUPPLIED} otherwise */
        public Builder title(String value, TitleBasis basis) {
            this.title = value;
            this.titleBasis = basis;
            return this;
        }

        public Builder originalFilename(String value) {
            this.originalFilename = value;
            return this;
        }

        /** @param note null when there is nothing to say */
        public Builder source(String key, String asPrinted, String note) {
            this.source = key;
            this.sourceAsPrinted = asPrinted;
            this.sourceNote = note;
            return this;
        }

        /** @param evidence the printed words, null when the date is read off the URL or not found; note likewise */
        public Builder date(String value, DatePrecision precision, DateBasis basis, String evidence, String note) {
            this.date = value;
            this.datePrecision = precision;
            this.dateBasis = basis;
            this.dateEvidence = evidence;
            this.dateNote = note;
            return this;
        }

        /** @param code the GB/T 2260 code, or null when no place was drafted */
        public Builder region(String code) {
            this.region = code;
            return this;
        }

        /** @param languageTag zh-Hans or zh-Hant, null with a null script */
        public Builder script(Script value, String languageTag) {
            this.script = value;
            this.language = languageTag;
            return this;
        }

        public Builder genre(String value) {
            this.genre = value;
            return this;
        }

        public Builder interviewees(List<Person> people) {
            this.interviewees = people;
            return this;
        }

        public Builder reporters(List<String> names) {
            this.reporters = names;
            return this;
        }

        public Builder editors(List<String> names) {
            this.editors = names;
            return this;
        }

        /** The URL and retrieval time the curator gave; either may be null. */
        public Builder provenance(String pageUrl, String retrieved) {
            this.url = pageUrl;
            this.retrievedAt = retrieved;
            return this;
        }

        /** The encoding the page's bytes were decoded from and their SHA-256. */
        public Builder original(String encoding, String sha256) {
            this.originalEncoding = encoding;
            this.originalSha256 = sha256;
            return this;
        }

        public Builder reviewStatus(ReviewStatus value) {
            this.reviewStatus = value;
            return this;
        }

        public DraftedSidecar build() {
            return new DraftedSidecar(
                    id,
                    title,
                    titleBasis,
                    originalFilename,
                    source,
                    sourceAsPrinted,
                    sourceNote,
                    date,
                    datePrecision,
                    dateBasis,
                    dateEvidence,
                    dateNote,
                    region,
                    script,
                    language,
                    genre,
                    interviewees,
                    reporters,
                    editors,
                    url,
                    retrievedAt,
                    originalEncoding,
                    originalSha256,
                    reviewStatus);
        }
    }
}
