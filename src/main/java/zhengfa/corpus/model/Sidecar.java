package zhengfa.corpus.model;

import java.util.List;

/**
 * An article's metadata as stored in {@code corpus/<id>.meta.json}, once it has passed the schema.
 * Field names follow the JSON (snake_case there, camelCase here). The schema's closed vocabularies
 * are enums; a value outside one is read as null, since the schema has reported it already.
 */
public record Sidecar(
        String id,
        String title,
        TitleBasis titleBasis,
        String originalFilename,
        String source,
        String sourceAsPrinted,
        String retrievedFrom,
        String sourceNote,
        SidecarDate date,
        DatePrecision datePrecision,
        DateBasis dateBasis,
        String dateEvidence,
        String dateNote,
        String region,

        @com.fasterxml.jackson.annotation.JsonProperty("iso_3166_2")
        String iso3166_2,

        Script script,
        String language,
        String genre,
        List<Interviewee> interviewees,
        List<String> reporters,
        List<String> editors,
        String page,
        String notes,
        String url,
        String retrievedAt,
        String originalEncoding,

        @com.fasterxml.jackson.annotation.JsonProperty("original_sha256")
        String originalSha256,

        ReviewStatus reviewStatus) {

    public Sidecar {
        interviewees = interviewees == null ? List.of() : List.copyOf(interviewees);
        reporters = reporters == null ? List.of() : List.copyOf(reporters);
        editors = editors == null ? List.of() : List.copyOf(editors);
    }

    public record Interviewee(String name, String role) {}

    public boolean titleIsPrinted() {
        return titleBasis == null || titleBasis == TitleBasis.PRINTED;
    }
}
