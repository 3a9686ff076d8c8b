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

    /**
     * The value a sidecar holds, or null for anything else (another word, a number, a list): the
     * schema reports those, and the rules that read this field leave them to it.
     */
    @JsonCreator
    static DatePrecision fromJson(Object value) {
        for (DatePrecision v : values()) {
            if (v.label().equals(value)) {
                return v;
            }
        }
        return null;
    }
}
