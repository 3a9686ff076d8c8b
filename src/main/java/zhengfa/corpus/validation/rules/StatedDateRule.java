package zhengfa.corpus.validation.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.DateBasis;
import zhengfa.corpus.model.DatePrecision;
import zhengfa.corpus.model.Sidecar;

/** A date the text states must be the date its evidence prints, as far as the evidence prints it. */
public final class StatedDateRule implements ArticleRule {

    /** A printed date: 2023-09-22, 2023年04月06日, 2019/5/24, with an optional time. */
    private static final Pattern PRINTED = Pattern.compile(
            "(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})\\s*日?(?:\\s*(\\d{1,2})[::](\\d{2}))?");

    /** A month and day without a year: 11月29日. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        Sidecar sidecar = article.sidecar();
        if (sidecar.dateBasis() != DateBasis.STATED
                || sidecar.date() == null
                || sidecar.date().valid().isEmpty()
                || sidecar.dateEvidence() == null) {
            // DateRule reports a date that is no date; comparing it with the evidence adds nothing.
            return;
        }
        Matcher m = PRINTED.matcher(sidecar.dateEvidence());
        if (!m.find()) {
            checkMonthAndDay(article, sidecar, sink);
            return;
        }
        String day =
                String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        String printed =
                m.group(4) == null ? day : day + String.format("T%02d:%s", Integer.parseInt(m.group(4)), m.group(5));
        String date = sidecar.date().written();
        // The sidecar may be coarser than the evidence (2023 for 2023-09-22), never different from it.
        boolean agrees = printed.startsWith(date) || date.startsWith(printed);
        if (!agrees) {
            Edit edit = fixed(sidecar, day, printed, m.group(4) == null ? DatePrecision.DAY : DatePrecision.MINUTE);
            sink.report(Finding.of(FindingCode.SIDECAR_DATE_CONTRADICTS_EVIDENCE, article.sidecarFile())
                    .at(Location.JsonPointer.of("date"))
                    .found("\"" + date + "\", but date_evidence prints "
                            + m.group().strip())
                    .expected("the date the evidence prints, " + printed)
                    .edit(edit)
                    .fix(edit.describe() + " (or correct date_evidence if it quotes the wrong passage)")
                    .message("the stated date contradicts its evidence"));
        }
    }

    /**
     * A dateline without its year (新华社北京11月29日电, 11月29日): the month and day of a date given to the day
     * must be the printed ones; the year stays the curator's.
     */
    private static void checkMonthAndDay(ArticleInput article, Sidecar sidecar, FindingSink sink) {
        Matcher m = MONTH_DAY.matcher(sidecar.dateEvidence());
        String date = sidecar.date().written();
        if (!m.find() || date.length() < 10) {
            return;
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return;
        }
        String printed = String.format("%02d-%02d", month, day);
        if (!date.substring(5, 10).equals(printed)) {
            String fixed = date.substring(0, 5) + printed;
            sink.report(Finding.of(FindingCode.SIDECAR_DATE_CONTRADICTS_EVIDENCE, article.sidecarFile())
                    .at(Location.JsonPointer.of("date"))
                    .found("\"" + date + "\", but date_evidence prints "
                            + m.group().strip())
                    .expected("the month and day the evidence prints, " + printed)
                    .edit(Edit.json()
                            .set("/date", fixed)
                            .set("/date_precision", DatePrecision.DAY.label())
                            .build())
                    .fix("write \"date\": \"" + fixed
                            + "\" and \"date_precision\": \"day\" (the year as the page gives it;"
                            + " or correct date_evidence if it quotes the wrong passage)")
                    .message("the stated date contradicts its evidence"));
        }
    }

    /**
     * The printed date at the precision the sidecar declares, where the print is at least that precise: a
     * curator who dated an article to the day keeps the day, one who had no precision gets the printed one.
     * A printed time is taken as Beijing time, as the pages print it.
     */
    private static Edit fixed(Sidecar sidecar, String day, String printed, DatePrecision printedPrecision) {
        DatePrecision precision = java.util.Optional.ofNullable(sidecar.datePrecision())
                .filter(declared -> declared.compareTo(printedPrecision) <= 0)
                .orElse(printedPrecision);
        String value = switch (precision) {
            case YEAR -> day.substring(0, 4);
            case MONTH -> day.substring(0, 7);
            case DAY -> day;
            case MINUTE, SECOND -> printed + "+08:00";
        };
        return Edit.json()
                .set("/date", value)
                .set("/date_precision", precision.label())
                .build();
    }
}
