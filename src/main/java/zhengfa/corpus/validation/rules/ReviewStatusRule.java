package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.ReviewStatus;

/** Nothing machine-drafted ships unreviewed: add marks its sidecars as drafts until a curator checks them. */
public final class ReviewStatusRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasSidecar() && article.sidecar().reviewStatus() == ReviewStatus.DRAFT) {
            sink.report(Finding.of(FindingCode.SIDECAR_DRAFT, article.sidecarFile())
                    .at(Location.JsonPointer.of("review_status"))
                    .found("\"draft\"")
                    .expected("\"reviewed\", once a curator has checked the drafted fields")
                    .fix(
                            "check every drafted field against the text (add printed them as a checklist: id, title, source,"
                                    + " date, region, script, genre, people), correct what is wrong, then set \"review_status\":"
                                    + " \"reviewed\"")
                    .message("the sidecar is a machine draft that no curator has reviewed"));
        }
    }
}
