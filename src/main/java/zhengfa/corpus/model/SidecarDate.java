package zhengfa.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * A sidecar's {@code date} as a curator wrote it: a {@link PartialDate} when it is one, or the words
 * written and what is wrong with them, so that validation can quote both. A value that is not a
 * string is read as null (the schema reports its type).
 */
public sealed interface SidecarDate {

    /** The date as written in the sidecar. */
    @JsonValue
    String written();

    /** The date, when what is written is one. */
    Optional<PartialDate> valid();

    /** A real date in one of the accepted forms. */
    record Valid(PartialDate date) implements SidecarDate {
        @Override
        public String written() {
            return date.value();
        }

        @Override
        public Optional<PartialDate> valid() {
            return Optional.of(date);
        }
    }

    /**
     * Not a date: another form than ISO 8601's ({@code 2019年5月8日}, which the schema's pattern
     * reports), or the form of one that names no real day ({@code 2023-02-30}).
     *
     * @param problem what is wrong, in words a curator can act on
     */
    record NotADate(String written, String problem) implements SidecarDate {
        @Override
        public Optional<PartialDate> valid() {
            return Optional.empty();
        }

        /** Whether it has one of the accepted forms, and fails only as a calendar date. */
        public boolean hasDateForm() {
            return PartialDate.hasForm(written);
        }
    }

    /** Reads what is written, strictly. */
    static SidecarDate of(String written) {
        try {
            return new Valid(PartialDate.parse(written));
        } catch (DateTimeException e) {
            return new NotADate(written, e.getMessage());
        }
    }

    /** The sidecar's value: a string is read as a date or not one; anything else is null, which the schema reports. */
    @JsonCreator
    static SidecarDate fromJson(Object json) {
        return json instanceof String written ? of(written) : null;
    }
}
