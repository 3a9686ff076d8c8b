package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;

/** A BOM would become part of the text and shift every offset by one. */
public final class BomRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (article.hasText() && article.text().startsWith("\uFEFF")) {
            sink.report(Finding.of(FindingCode.TEXT_BOM, article.textFile())
                    .at(new Location.LineColumn(1, 1))
                    .found("U+FEFF (bytes EF BB BF)")
                    .expected("UTF-8 without byte order mark")
                    .edit(new Edit.TextTransform(Edit.Transformation.STRIP_BYTE_ORDER_MARK))
                    .fix("remove the first three bytes (re-save as 'UTF-8', not 'UTF-8 with BOM')")
                    .message("text starts with a byte order mark"));
        }
    }
}
