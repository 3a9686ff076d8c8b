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

    /**
     * The value a sidecar holds, or null for anything else (another word, a number, a list): the
     * schema reports those, and the rules that read this field leave them to it.
     */
    @JsonCreator
    static TitleBasis fromJson(Object value) {
        for (TitleBasis v : values()) {
            if (v.label().equals(value)) {
                return v;
            }
        }
        return null;
    }
}
