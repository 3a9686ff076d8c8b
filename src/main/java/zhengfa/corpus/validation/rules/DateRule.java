package zhengfa.corpus.validation.rules;

import java.time.LocalDate;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.model.PartialDate;
import zhengfa.corpus.model.SidecarDate;

/**
 * A date written in ISO form is a real calendar date, at its declared precision, and not after the
 * release. A date in another form is reported once, by the schema's pattern.
 */
public final class DateRule implements ArticleRule {

    private static final Location AT_DATE = Location.JsonPointer.of("date");
    private final LocalDate releaseDate;

    public DateRule(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        SidecarDate written = article.sidecar().date();
        if (written instanceof SidecarDate.NotADate notADate) {
            // a value not written in ISO form (2019年5月8日) is the schema's pattern finding, with the ISO form to write
            if (notADate.hasDateForm()) {
                sink.report(Finding.of(FindingCode.SIDECAR_DATE_INVALID, article.sidecarFile())
                        .at(AT_DATE)
                        .found("\"" + notADate.written() + "\"")
                        .expected("a real date in ISO 8601 at the precision the text supports")
                        .fix("correct the date against the text (date_evidence should quote where it comes from)")
                        .message(notADate.problem()));
            }
            return;
        }
        if (written == null) {
            return;
        }
        PartialDate date = written.valid().orElseThrow();
        String value = date.value();
        DatePrecision declared = article.sidecar().datePrecision();
        if (declared != null && declared != date.precision()) {
            sink.report(Finding.of(FindingCode.SIDECAR_DATE_PRECISION_MISMATCH, article.sidecarFile())
                    .at(Location.JsonPointer.of("date_precision"))
                    .found("\"" + declared.label() + "\" for the date \"" + value + "\"")
                    .expected("\"" + date.precision().label() + "\", the precision the date is written at")
                    .fix("write the date at the declared precision, or declare the precision it is written at")
                    .message("date_precision contradicts the date"));
        }
        if (date.firstDay().isAfter(releaseDate)) {
            sink.report(Finding.of(FindingCode.SIDECAR_DATE_IN_FUTURE, article.sidecarFile())
                    .at(AT_DATE)
                    .found("\"" + value + "\"")
                    .expected("a date on or before the release date " + releaseDate)
                    .fix("correct the date; an article cannot be published after the release that contains it")
                    .message("date is after the release date"));
        }
    }
}
