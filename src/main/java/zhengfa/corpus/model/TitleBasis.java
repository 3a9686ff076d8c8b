package zhengfa.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an article's title is its printed headline or one a curator supplied. */
public enum TitleBasis {
    PRINTED,
    SUPPLIED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of the sidecar's word, or null for anything else, which the schema reports. */
    @JsonCreator
    static TitleBasis fromJson(Object json) {
        return JsonWords.read(values(), TitleBasis::label, json);
    }
}
