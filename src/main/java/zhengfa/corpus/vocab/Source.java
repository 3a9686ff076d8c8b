package zhengfa.corpus.vocab;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A publication, agency, broadcaster, website or official portal from {@code schema/sources.json}.
 *
 * @param region      the GB/T 2260 code of the division it is based in, or null for a national outlet
 * @param formerNames names it was published under before (法制日报 for 法治日报)
 * @param listedIn    the published lists it was taken from (schema/sources.provenance.md)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Source(
        @JsonProperty("name_zh") String nameZh,
        @JsonProperty("name_zh_hant") String nameZhHant,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("kind") String kind,
        @JsonProperty("region") String region,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("site") String site,
        @JsonProperty("note") String note,
        @JsonProperty("aliases") List<String> aliases,
        @JsonProperty("former_names") List<String> formerNames,
        @JsonProperty("listed_in") List<String> listedIn) {

    public Source {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        listedIn = listedIn == null ? List.of() : List.copyOf(listedIn);
    }

    /** Every name a text may print for this source: the registry names, the aliases, then former names. */
    public List<String> printedNames() {
        List<String> names = new ArrayList<>();
        names.add(nameZh);
        if (nameZhHant != null) {
            names.add(nameZhHant);
        }
        names.addAll(aliases);
        names.addAll(formerNames);
        return names;
    }

    public static final String UNKNOWN = "unknown";
}
