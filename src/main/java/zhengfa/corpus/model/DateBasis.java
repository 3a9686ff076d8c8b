package zhengfa.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an article's date comes from: printed in the text, inferred by a curator, or read off the URL. */
public enum DateBasis {
    STATED,
    INFERRED,
    URL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The value a sidecar holds, or null for anything else (another word, a number, a list): the
     * schema reports those, and the rules that read this field leave them to it.
     */
    @JsonCreator
    static DateBasis fromJson(Object value) {
        for (DateBasis v : values()) {
            if (v.label().equals(value)) {
                return v;
            }
        }
        return null;
    }
}
