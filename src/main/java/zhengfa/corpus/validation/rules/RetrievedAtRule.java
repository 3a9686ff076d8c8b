package zhengfa.corpus.validation.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/**
 * When the page was retrieved is a real date or date-time (the schema's pattern admits 2025-13-01
 * and 2030-02-30), and not after the release that holds it. A value not in the pattern's form is
 * reported once, by the schema.
 */
public final class RetrievedAtRule implements ArticleRule {

    private static final Location AT = Location.JsonPointer.of("retrieved_at");
    /** The schema's form of retrieved_at: an ISO 8601 date, or a date and time with its zone. */
    public static final String FORM =
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?";

    private final LocalDate releaseDate;

    public RetrievedAtRule(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    /**
     * The day of a value in {@link #FORM}, in its own zone; both parsers resolve strictly (no 13th
     * month, no 30 February, no hour 24) and throw on a value that is no real date or time.
     */
    public static LocalDate day(String value) {
        return value.contains("T") ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        String value = article.sidecar().retrievedAt();
        if (value == null || !value.matches(FORM)) {
            return;
        }
        LocalDate day;
        try {
            day = day(value);
        } catch (DateTimeException e) {
            sink.report(Finding.of(FindingCode.SIDECAR_DATE_INVALID, article.sidecarFile())
                    .at(AT)
                    .found("\"" + value + "\"")
                    .expected("a real date, or a real date and time with its zone, in ISO 8601")
                    .fix("write when the page was retrieved, as the download's own record says (add --retrieved"
                            + " records it), or remove retrieved_at if that is not known")
                    .message("retrieved_at is not a real date or time: " + e.getMessage()));
            return;
        }
        if (day.isAfter(releaseDate)) {
            sink.report(Finding.of(FindingCode.SIDECAR_DATE_IN_FUTURE, article.sidecarFile())
                    .at(AT)
                    .found("\"" + value + "\"")
                    .expected("a retrieval on or before the release date " + releaseDate)
                    .fix("correct retrieved_at; a page cannot be retrieved after the release that contains it")
                    .message("retrieved_at is after the release date"));
        }
    }
}
