package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.text.TextPositions;

/** Offsets are over the stored text, so line endings must be one character, LF, everywhere. */
public final class LineEndingRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText()) {
            return;
        }
        String text = article.text();
        int first = text.indexOf('\r');
        if (first < 0) {
            return;
        }
        long count = text.chars().filter(c -> c == '\r').count();
        boolean crlf = first + 1 < text.length() && text.charAt(first + 1) == '\n';
        sink.report(Finding.of(FindingCode.TEXT_CR_LINE_ENDING, article.textFile())
                .at(TextPositions.at(text, first))
                .found(count + (crlf ? " CRLF" : " CR") + " line ending(s), the first here")
                .expected("LF (\\n) line endings only")
                .edit(new Edit.TextTransform(Edit.Transformation.LF_LINE_ENDINGS))
                .fix(
                        crlf
                                ? "convert the file to LF line endings, e.g. dos2unix " + article.textFile()
                                : "convert the CRs to LF, e.g. mac2unix " + article.textFile()
                                        + " (dos2unix leaves bare CRs alone)")
                .message("text has " + (crlf ? "CRLF" : "CR") + " line endings"));
    }
}
