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

    /** The value of the sidecar's word, or null for anything else, which the schema reports. */
    @JsonCreator
    static DateBasis fromJson(Object json) {
        return JsonWords.read(values(), DateBasis::label, json);
    }
}
