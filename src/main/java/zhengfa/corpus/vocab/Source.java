package zhengfa.corpus.vocab;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A publication or website from {@code schema/sources.json}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Source(
        @JsonProperty("name_zh") String nameZh,
        @JsonProperty("name_zh_hant") String nameZhHant,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("kind") String kind,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("site") String site,
        @JsonProperty("note") String note,
        @JsonProperty("aliases") List<String> aliases) {

    public Source {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Every name the text may print for this source: the registry names, then the aliases. */
    public List<String> printedNames() {
        List<String> names = new ArrayList<>();
        names.add(nameZh);
        if (nameZhHant != null) {
            names.add(nameZhHant);
        }
        names.addAll(aliases);
        return names;
    }

    public static final String UNKNOWN = "unknown";
}
