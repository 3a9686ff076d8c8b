package zhengfa.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How much of a publication date the evidence supports, from coarsest to finest. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY,
    MINUTE,
    SECOND;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The precision of this label, or empty for null or a label that is not one (the schema reports it). */
    public static Optional<DatePrecision> parse(String label) {
        for (DatePrecision p : values()) {
            if (p.label().equals(label)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether a value at this precision names one calendar day (and so has a DATE). */
    public boolean hasDay() {
        return compareTo(DAY) >= 0;
    }

    /** The value of the sidecar's word, or null for anything else, which the schema reports. */
    @JsonCreator
    static DatePrecision fromJson(Object json) {
        return JsonWords.read(values(), DatePrecision::label, json);
    }
}
