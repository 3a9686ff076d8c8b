package zhengfa.corpus.validation.rules;

import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.ArticleRule;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;
import zhengfa.corpus.validation.Location;

/** An annotation file names its article, and the name must be the file's own stem. */
public final class AnnotationArticleIdRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasAnnotationFile() && article.annotationsReadable()
                && !article.annotations().articleId().equals(article.id())) {
            sink.report(Finding.of(FindingCode.ANNOTATION_ARTICLE_ID_MISMATCH, article.annotationFile())
                    .at(Location.JsonPointer.of("article_id"))
                    .found("\"" + article.annotations().articleId() + "\"")
                    .expected("\"" + article.id() + "\" (the file stem)")
                    .fix("set \"article_id\": \"" + article.id() + "\"; if the spans belong to another article, move the file")
                    .message("article_id differs from the file name"));
        }
    }
}
