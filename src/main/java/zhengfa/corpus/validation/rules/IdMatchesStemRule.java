package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/** The id is the file stem, so that a file name alone says which article it is. */
public final class IdMatchesStemRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasSidecar()
                && article.sidecar().id() != null
                && !article.sidecar().id().equals(article.id())) {
            sink.report(Finding.of(FindingCode.SIDECAR_ID_MISMATCH, article.sidecarFile())
                    .at(Location.JsonPointer.of("id"))
                    .found("\"" + article.sidecar().id() + "\"")
                    .expected("\"" + article.id() + "\" (the file stem)")
                    .edit(Edit.json().set("/id", article.id()).build())
                    .fix("write \"id\": \"" + article.id() + "\", or rename the article's files to "
                            + article.sidecar().id() + ".*")
                    .message("id differs from the file name"));
        }
    }
}
