package zhengfa.corpus.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date at the precision the source supports: {@code 2021}, {@code 2022-03},
 * {@code 2023-04-06} or {@code 2023-09-22T21:13+08:00}. Parsing is strict: 2023-02-30 is rejected.
 *
 * @param firstDay the first calendar day the value can mean (for comparisons with the release date)
 * @param day the day, only when the precision is a day or finer
 */
public record PartialDate(String value, DatePrecision precision, int year, LocalDate firstDay, LocalDate day) {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Whether the value has one of the accepted forms (whether or not it names a real date). */
    public static boolean hasForm(String value) {
        return FORM.matcher(value).matches();
    }

    /** The precision the written form has, or throws if it is not one of the accepted forms. */
    public static DatePrecision precisionOf(String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw new DateTimeException(
                    "'" + value + "' is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]±hh:mm");
        }
        if (m.group(6) != null) {
            return DatePrecision.SECOND;
        }
        if (m.group(4) != null) {
            return DatePrecision.MINUTE;
        }
        if (m.group(3) != null) {
            return DatePrecision.DAY;
        }
        return m.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** Parses strictly; the message of the exception says what is wrong in words a curator can act on. */
    public static PartialDate parse(String value) {
        DatePrecision precision = precisionOf(value);
        Matcher m = FORM.matcher(value);
        m.matches();
        int year = Integer.parseInt(m.group(1));
        try {
            return switch (precision) {
                case YEAR -> new PartialDate(value, precision, year, LocalDate.of(year, 1, 1), null);
                case MONTH -> {
                    int month = Integer.parseInt(m.group(2));
                    if (month < 1 || month > 12) {
                        throw new DateTimeException("month " + m.group(2) + " does not exist (months are 01 to 12)");
                    }
                    yield new PartialDate(
                            value, precision, year, YearMonth.of(year, month).atDay(1), null);
                }
                case DAY -> {
                    LocalDate day = strictDay(value);
                    yield new PartialDate(value, precision, year, day, day);
                }
                case MINUTE, SECOND -> {
                    LocalDate day = strictDay(value.substring(0, 10));
                    String normalised = precision == DatePrecision.MINUTE
                            ? value.substring(0, 16) + ":00" + value.substring(16)
                            : value;
                    OffsetDateTime.parse(
                            normalised, DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT));
                    yield new PartialDate(value, precision, year, day, day);
                }
            };
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + value + "' is not a valid time: " + e.getMessage());
        }
    }

    private static LocalDate strictDay(String yyyyMmDd) {
        try {
            return LocalDate.parse(yyyyMmDd, STRICT_DATE);
        } catch (DateTimeParseException e) {
            int month = Integer.parseInt(yyyyMmDd.substring(5, 7));
            if (month < 1 || month > 12) {
                throw new DateTimeException(
                        "month " + yyyyMmDd.substring(5, 7) + " does not exist (months are 01 to 12)");
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(yyyyMmDd.substring(0, 4)), month);
            throw new DateTimeException(yyyyMmDd + " does not exist: " + ym + " has " + ym.lengthOfMonth() + " days");
        }
    }
}
