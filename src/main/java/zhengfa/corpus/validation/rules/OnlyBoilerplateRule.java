package zhengfa.corpus.validation.rules;

import java.util.BitSet;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.CodePoints;
import zhengfa.corpus.model.Span;

/** A text that is all page furniture is not an article: its body would be empty. */
public final class OnlyBoilerplateRule implements ArticleRule {

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || article.text().isBlank()) {
            return;
        }
        CodePoints text = new CodePoints(article.text());
        BitSet covered = new BitSet(text.length());
        boolean any = false;
        for (Span span : article.annotations().spans()) {
            if (Span.BOILERPLATE.equals(span.label()) && span.start() < span.end() && span.end() <= text.length()) {
                covered.set(span.start(), span.end());
                any = true;
            }
        }
        if (!any) {
            return;
        }
        int offset = 0;
        for (int i = 0; i < article.text().length(); offset++) {
            int cp = article.text().codePointAt(i);
            if (!Character.isWhitespace(cp) && cp != 0x3000 && !covered.get(offset)) {
                return;
            }
            i += Character.charCount(cp);
        }
        sink.report(Finding.of(FindingCode.TEXT_ONLY_BOILERPLATE, article.textFile())
                .found("every non-space character inside boilerplate spans of " + article.annotationFile())
                .expected("an article body outside the page furniture")
                .fix("remove the article (it is not one), or correct the boilerplate spans")
                .message("text is only page furniture"));
    }
}
