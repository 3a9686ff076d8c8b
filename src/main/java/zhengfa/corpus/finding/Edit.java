package zhengfa.corpus.finding;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fix that needs no judgement, in a form a program can apply to the finding's file. Reports carry
 * it beside the words of the fix, so that an editor or a script can apply it; the check that
 * suggested it passes once it is applied (a test applies every one the bad-input catalogue gives).
 */
public sealed interface Edit extends Serializable {

    /** The same edit in the words a curator reads in a report. */
    String describe();

    /** Starts a list of JSON changes to the finding's file. */
    static JsonChanges.Builder json() {
        return new JsonChanges.Builder();
    }

    /**
     * Values set at JSON Pointers of a JSON file, in order. A value is JSON text; a null value removes
     * the member or the array element.
     */
    record JsonChanges(List<Change> changes) implements Edit {

        public JsonChanges {
            changes = List.copyOf(changes);
            if (changes.isEmpty()) {
                throw new IllegalArgumentException("an edit changes something");
            }
        }

        /** {@code write "date": "2024-03-05" and "date_precision": "day"}: a verb once for a run of changes. */
        @Override
        public String describe() {
            StringBuilder words = new StringBuilder();
            String verb = null;
            for (Change change : changes) {
                if (verb != null) {
                    words.append(" and ");
                }
                if (!change.verb().equals(verb)) {
                    words.append(change.verb()).append(' ');
                }
                verb = change.verb();
                words.append(change.describe());
            }
            return words.toString();
        }

        /** One change: {@code json} is the new value as JSON text, or null to remove what the pointer names. */
        public record Change(String pointer, String json) implements Serializable {

            public Change {
                Objects.requireNonNull(pointer, "pointer");
                if (!pointer.startsWith("/")) {
                    throw new IllegalArgumentException("a JSON Pointer starts with /: " + pointer);
                }
            }

            boolean removes() {
                return json == null;
            }

            String verb() {
                return removes() ? "delete" : "write";
            }

            String describe() {
                String shown = pointer.chars().filter(c -> c == '/').count() == 1
                        ? "\"" + pointer.substring(1) + "\""
                        : pointer;
                return removes() ? shown : shown + ": " + json;
            }
        }

        public static final class Builder {
            private final List<Change> changes = new ArrayList<>();

            private Builder() {}

            public Builder set(String pointer, String value) {
                changes.add(new Change(pointer, quote(value)));
                return this;
            }

            public Builder set(String pointer, long value) {
                changes.add(new Change(pointer, Long.toString(value)));
                return this;
            }

            public Builder remove(String pointer) {
                changes.add(new Change(pointer, null));
                return this;
            }

            public JsonChanges build() {
                return new JsonChanges(changes);
            }
        }

        /** A JSON string literal (RFC 8259, section 7), escaped by Jackson's own encoder. */
        static String quote(String value) {
            return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
        }
    }

    /** The whole text file rewritten by one transformation; spans' offsets are already right for the result. */
    record TextTransform(Transformation transformation) implements Edit {

        public TextTransform {
            Objects.requireNonNull(transformation, "transformation");
        }

        @Override
        public String describe() {
            return transformation.description;
        }
    }

    /** The transformations of a whole text that a check can ask for. */
    enum Transformation {
        STRIP_BYTE_ORDER_MARK("remove the byte order mark at the start"),
        LF_LINE_ENDINGS("end every line with LF alone"),
        NFC("normalise the text to NFC");

        private final String description;

        Transformation(String description) {
            this.description = description;
        }
    }
}
