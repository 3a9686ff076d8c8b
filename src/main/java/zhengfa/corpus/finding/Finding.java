package zhengfa.corpus.finding;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in the corpus: what kind it is, where it is, what was found, what was
 * expected and what the curator should do about it.
 *
 * @param file path of the file as the curator knows it (relative to the project, forward slashes)
 * @param fix   what to do, in words
 * @param edit  the fix in a form a program can apply to {@code file}, where it needs no judgement; or null
 */
public record Finding(
        FindingCode code,
        String file,
        Location location,
        String message,
        String found,
        String expected,
        String fix,
        Edit edit)
        implements Serializable {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** The same finding about a file shown under another name (a copy checked elsewhere, say). */
    public Finding inFile(String shownAs) {
        return new Finding(code, shownAs, location, message, found, expected, fix, edit);
    }

    public Severity severity() {
        return code.severity();
    }

    /** Starts a finding of the given kind; the builder keeps rule code short and readable. */
    public static Builder of(FindingCode code, String file) {
        return new Builder(code, file);
    }

    public static final class Builder {
        private final FindingCode code;
        private final String file;
        private Location location = new Location.WholeFile();
        private String found;
        private String expected;
        private String fix;
        private Edit edit;

        private Builder(FindingCode code, String file) {
            this.code = code;
            this.file = file;
        }

        public Builder at(Location location) {
            this.location = location;
            return this;
        }

        public Builder found(String found) {
            this.found = found;
            return this;
        }

        public Builder expected(String expected) {
            this.expected = expected;
            return this;
        }

        public Builder fix(String fix) {
            this.fix = fix;
            return this;
        }

        /** The fix as an edit; its description is the fix's words unless {@link #fix} gives others. */
        public Builder edit(Edit edit) {
            this.edit = edit;
            return this;
        }

        public Finding message(String message) {
            return new Finding(
                    code,
                    file,
                    location,
                    message,
                    found,
                    expected,
                    fix == null && edit != null ? edit.describe() : fix,
                    edit);
        }
    }
}
