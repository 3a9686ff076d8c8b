package zhengfa.corpus.validation.rules;

import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.ArticleRule;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;
import zhengfa.corpus.validation.Location;

/** The id is the file stem, so that a file name alone says which article it is. */
public final class IdMatchesStemRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasSidecar() && article.sidecar().id() != null && !article.sidecar().id().equals(article.id())) {
            sink.report(Finding.of(FindingCode.SIDECAR_ID_MISMATCH, article.sidecarFile())
                    .at(Location.JsonPointer.of("id"))
                    .found("\"" + article.sidecar().id() + "\"").expected("\"" + article.id() + "\" (the file stem)")
                    .fix("set \"id\": \"" + article.id() + "\", or rename the article's files to "
                            + article.sidecar().id() + ".*")
                    .message("id differs from the file name"));
        }
    }
}
