package zhengfa.corpus.validation.rules;

import java.util.function.Function;
import java.util.function.Predicate;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.model.Sidecar;
import zhengfa.corpus.text.NearestPassage;
import zhengfa.corpus.text.TextPositions;

/**
 * A sidecar field that claims to quote the text (a printed title, the evidence for a date) must
 * occur in it verbatim, so the claim can be checked by anyone.
 */
public final class QuotedInTextRule implements ArticleRule {

    private final FindingCode code;
    private final String field;
    private final Function<Sidecar, String> value;
    private final Predicate<Sidecar> applies;
    private final String fix;

    private QuotedInTextRule(
            FindingCode code, String field, Function<Sidecar, String> value, Predicate<Sidecar> applies, String fix) {
        this.code = code;
        this.field = field;
        this.value = value;
        this.applies = applies;
        this.fix = fix;
    }

    public static QuotedInTextRule printedTitle() {
        return new QuotedInTextRule(
                FindingCode.SIDECAR_TITLE_NOT_IN_TEXT,
                "title",
                Sidecar::title,
                Sidecar::titleIsPrinted,
                "copy the headline exactly from the text, or set \"title_basis\": \"supplied\" if the text prints none");
    }

    public static QuotedInTextRule dateEvidence() {
        return new QuotedInTextRule(
                FindingCode.SIDECAR_DATE_EVIDENCE_NOT_IN_TEXT,
                "date_evidence",
                Sidecar::dateEvidence,
                s -> s.dateEvidence() != null,
                "quote the words of the text that give the date exactly (same script, same punctuation)");
    }

    /** Where the closest passage of the text is, for a quote that is nearly right: "; the text has …". */
    static String nearest(ArticleInput article, String quote) {
        return NearestPassage.find(article.text(), quote)
                .map(p -> "; the nearest passage (" + p.edits() + (p.edits() == 1 ? " edit" : " edits")
                        + " away) is at " + article.textFile()
                        + TextPositions.at(article.text(), p.start()).render() + ": \"" + p.text() + "\"")
                .orElse("");
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || !article.hasSidecar() || !applies.test(article.sidecar())) {
            return;
        }
        String quote = value.apply(article.sidecar());
        if (quote != null && !article.text().contains(quote)) {
            sink.report(Finding.of(code, article.sidecarFile())
                    .at(Location.JsonPointer.of(field))
                    .found("\"" + quote + "\", which is not in " + article.textFile())
                    .expected("a verbatim quote of the text")
                    .fix(fix + nearest(article, quote))
                    .message(field + " does not occur in the text"));
        }
    }
}
