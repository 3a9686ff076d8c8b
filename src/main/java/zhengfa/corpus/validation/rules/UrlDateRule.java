package zhengfa.corpus.validation.rules;

import java.time.LocalDate;
import java.util.Optional;
import zhengfa.corpus.draft.forms.UrlDates;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.DateBasis;
import zhengfa.corpus.model.PartialDate;

/**
 * A date whose basis is the page's address must be the date the address carries (/2019-07/02/,
 * /20160412/), at no finer precision: the url must be recorded and must carry it.
 */
public final class UrlDateRule implements ArticleRule {

    private final LocalDate releaseDate;

    public UrlDateRule(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()
                || article.sidecar().dateBasis() != DateBasis.URL
                || article.sidecar().date() == null
                || article.sidecar().date().valid().isEmpty()) {
            return; // DateRule reports a date that is no date
        }
        PartialDate date = article.sidecar().date().valid().get();
        String url = article.sidecar().url();
        Optional<UrlDates.UrlDate> carried = UrlDates.of(url, releaseDate);
        if (carried.isPresent() && carried.get().date().iso().equals(date.value())) {
            return;
        }
        Finding.Builder finding = Finding.of(FindingCode.SIDECAR_DATE_NOT_IN_URL, article.sidecarFile())
                .at(Location.JsonPointer.of("date"));
        if (url == null) {
            sink.report(finding.found("\"date_basis\": \"url\" without a url")
                    .expected("the page's address in \"url\"")
                    .fix(
                            "record the address the page was retrieved from in \"url\", or give the date's basis in the text")
                    .message("the date is said to come from the address, but no address is recorded"));
        } else if (carried.isEmpty()) {
            sink.report(finding.found(url + " carries no date")
                    .expected("an address that files the page under a date, such as /2019-07/02/ or /20160412/")
                    .fix("give the date's basis in the text (\"stated\" with date_evidence), or check the url")
                    .message("the date is said to come from the address, which carries none"));
        } else {
            sink.report(finding.found("\"" + date.value() + "\", but the address carries "
                            + carried.get().date().iso() + " (" + carried.get().printed() + ")")
                    .expected("\"" + carried.get().date().iso() + "\"")
                    .edit(Edit.json()
                            .set("/date", carried.get().date().iso())
                            .set(
                                    "/date_precision",
                                    carried.get().date().precision().label())
                            .build())
                    .message("the date differs from the one the address carries"));
        }
    }
}
