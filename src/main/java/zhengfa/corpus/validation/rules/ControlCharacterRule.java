package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.text.TextPositions;

/** NUL and other C0/C1 controls (other than LF and TAB) are never article content. CR has its own rule. */
public final class ControlCharacterRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText()) {
            return;
        }
        String text = article.text();
        int count = 0;
        int firstIndex = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c)) {
                count++;
                if (firstIndex < 0) {
                    firstIndex = i;
                }
            }
        }
        if (count > 0) {
            char c = text.charAt(firstIndex);
            sink.report(Finding.of(FindingCode.TEXT_CONTROL_CHARACTER, article.textFile())
                    .at(TextPositions.at(text, firstIndex))
                    .found(String.format(
                            "U+%04X%s (%d control character(s) in all)", (int) c, c == 0 ? " NUL" : "", count))
                    .expected("no control characters other than LF and TAB")
                    .fix("delete the control characters; they are usually debris of a copy or a conversion")
                    .message("text contains a control character"));
        }
    }

    static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0);
    }
}
