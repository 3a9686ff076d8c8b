package zhengfa.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a curator has checked a sidecar: {@code add} writes drafts, and only reviewed articles are released. */
public enum ReviewStatus {
    DRAFT,
    REVIEWED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The value a sidecar holds, or null for anything else (another word, a number, a list): the
     * schema reports those, and the rules that read this field leave them to it.
     */
    @JsonCreator
    static ReviewStatus fromJson(Object value) {
        for (ReviewStatus v : values()) {
            if (v.label().equals(value)) {
                return v;
            }
        }
        return null;
    }
}
