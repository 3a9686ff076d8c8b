package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;

public final class EmptyTextRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasText() && article.text().isBlank()) {
            sink.report(Finding.of(FindingCode.TEXT_EMPTY, article.textFile())
                    .found(
                            article.text().isEmpty()
                                    ? "0 characters"
                                    : article.text().length() + " white-space characters")
                    .expected("the article's text")
                    .fix("paste the article's text into the file, or remove the article")
                    .message(article.text().isEmpty() ? "text is empty" : "text is only white space"));
        }
    }
}
