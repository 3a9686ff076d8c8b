package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.script.LanguageDetector;

/**
 * A sidecar says the article is Chinese (zh-Hans or zh-Hant, the only tags the schema allows); the
 * text must be. Japanese and Korean write Han characters too, and an English page may carry
 * Chinese names, so the Han characters alone prove nothing. Page furniture is left out.
 */
public final class LanguageRule implements ArticleRule {

    @Override
    public void check(ArticleInput input, FindingSink sink) {
        if (!input.hasText()
                || !input.hasSidecar()
                || input.sidecar().language() == null
                || input.text().isBlank()) {
            return;
        }
        String article = ArticleTextWithoutFurniture.of(input);
        if (article.isBlank()) {
            return; // all of it is furniture: OnlyBoilerplateRule says so
        }
        if (LanguageDetector.detect(article) instanceof LanguageDetector.NotChinese not) {
            sink.report(Finding.of(FindingCode.TEXT_NOT_CHINESE, input.textFile())
                    .found(not.describe())
                    .expected("a Chinese text, as \"language\": \""
                            + input.sidecar().language() + "\" says (" + input.sidecarFile() + ")")
                    .fix(
                            "the corpus holds Chinese-language articles: remove this article; if only some lines are in another"
                                    + " language and are page furniture (a site's English menu), annotate them as boilerplate")
                    .message("text is not Chinese, but the sidecar says "
                            + input.sidecar().language()));
        }
    }
}
