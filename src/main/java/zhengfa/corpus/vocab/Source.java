package zhengfa.corpus.vocab;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A publication or website from {@code schema/sources.json}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Source(
        @JsonProperty("name_zh") String nameZh,
        @JsonProperty("name_zh_hant") String nameZhHant,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("kind") String kind,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("site") String site,
        @JsonProperty("note") String note) {

    public static final String UNKNOWN = "unknown";
}
