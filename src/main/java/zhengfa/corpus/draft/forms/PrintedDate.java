package zhengfa.corpus.draft.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import zhengfa.corpus.model.DatePrecision;

/**
 * A date as a page prints it, at the precision printed: a year, a month, a day, or a day with the
 * time to the minute or second. No zone: pages print none.
 */
public record PrintedDate(int year, int month, int day, int hour, int minute, int second, DatePrecision precision) {

    /** A field a precision does not reach is 0; a time field beyond it as well. */
    public PrintedDate {
        LocalDate.of(year, precision.compareTo(DatePrecision.MONTH) >= 0 ? month : 1, precision.hasDay() ? day : 1);
        if (precision.compareTo(DatePrecision.MINUTE) >= 0) {
            LocalTime.of(hour, minute, precision == DatePrecision.SECOND ? second : 0);
        }
    }

    /** A valid date, or empty: 2023-02-30 and 25:00 are none. */
    public static Optional<PrintedDate> of(
            int year, Integer month, Integer day, Integer hour, Integer minute, Integer second) {
        DatePrecision precision = month == null
                ? DatePrecision.YEAR
                : day == null
                        ? DatePrecision.MONTH
                        : hour == null || minute == null
                                ? DatePrecision.DAY
                                : second == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
        try {
            return Optional.of(new PrintedDate(
                    year, orZero(month), orZero(day), orZero(hour), orZero(minute), orZero(second), precision));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<PrintedDate> ofDay(int year, int month, int day) {
        return of(year, month, day, null, null, null);
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /** ISO 8601 at the printed precision, without a zone: 2022, 2022-03, 2022-03-24, 2022-03-24T11:47[:05]. */
    public String iso() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (precision.compareTo(DatePrecision.MONTH) >= 0) {
            s.append(String.format("-%02d", month));
        }
        if (precision.hasDay()) {
            s.append(String.format("-%02d", day));
        }
        if (precision.compareTo(DatePrecision.MINUTE) >= 0) {
            s.append(String.format("T%02d:%02d", hour, minute));
        }
        if (precision == DatePrecision.SECOND) {
            s.append(String.format(":%02d", second));
        }
        return s.toString();
    }

    /**
     * The sidecar's form: a time gets the zone of the Chinese-speaking places these pages come from
     * (UTC+08:00 in the mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia alike).
     */
    public String sidecarValue() {
        return precision.compareTo(DatePrecision.MINUTE) >= 0 ? iso() + "+08:00" : iso();
    }

    public LocalDate firstDay() {
        return LocalDate.of(
                year, precision.compareTo(DatePrecision.MONTH) >= 0 ? month : 1, precision.hasDay() ? day : 1);
    }

    /** The same date at a coarser precision (or itself). */
    public PrintedDate truncatedTo(DatePrecision coarser) {
        if (coarser.compareTo(precision) >= 0) {
            return this;
        }
        return new PrintedDate(
                year,
                coarser.compareTo(DatePrecision.MONTH) >= 0 ? month : 0,
                coarser.hasDay() ? day : 0,
                coarser.compareTo(DatePrecision.MINUTE) >= 0 ? hour : 0,
                coarser.compareTo(DatePrecision.MINUTE) >= 0 ? minute : 0,
                0,
                coarser);
    }

    /** Whether the two name the same moment as far as the coarser of them goes (2022-03 and 2022-03-24 do). */
    public boolean agreesWith(PrintedDate other) {
        DatePrecision coarser = precision.compareTo(other.precision) <= 0 ? precision : other.precision;
        return truncatedTo(coarser).equals(other.truncatedTo(coarser));
    }

    @Override
    public String toString() {
        return iso();
    }
}
