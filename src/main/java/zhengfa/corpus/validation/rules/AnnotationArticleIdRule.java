package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/** An annotation file names its article, and the name must be the file's own stem. */
public final class AnnotationArticleIdRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasAnnotationFile()
                && article.annotationsReadable()
                && !article.annotations().articleId().equals(article.id())) {
            sink.report(Finding.of(FindingCode.ANNOTATION_ARTICLE_ID_MISMATCH, article.annotationFile())
                    .at(Location.JsonPointer.of("article_id"))
                    .found("\"" + article.annotations().articleId() + "\"")
                    .expected("\"" + article.id() + "\" (the file stem)")
                    .edit(Edit.json().set("/article_id", article.id()).build())
                    .fix("write \"article_id\": \"" + article.id()
                            + "\"; if the spans belong to another article, move the file")
                    .message("article_id differs from the file name"));
        }
    }
}
