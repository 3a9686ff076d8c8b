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

    /** The value of the sidecar's word, or null for anything else, which the schema reports. */
    @JsonCreator
    static ReviewStatus fromJson(Object json) {
        return JsonWords.read(values(), ReviewStatus::label, json);
    }
}
