package zhengfa.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The script an article's text is written in, by its ISO 15924 code as the sidecar writes it. */
public enum Script {
    HANS("Hans"),
    HANT("Hant");

    private final String code;

    Script(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The script of this code, or empty for null or a code that is not one (the schema reports it). */
    public static Optional<Script> parse(String code) {
        for (Script s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The value of the sidecar's word, or null for anything else, which the schema reports. */
    @JsonCreator
    static Script fromJson(Object json) {
        return JsonWords.read(values(), Script::code, json);
    }
}
