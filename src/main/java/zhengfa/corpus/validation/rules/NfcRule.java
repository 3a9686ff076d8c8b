package zhengfa.corpus.validation.rules;

import java.text.Normalizer;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.text.TextPositions;

/**
 * Texts are stored in NFC so that equal-looking strings are equal and offsets mean the same to
 * every reader. Han compatibility ideographs (U+F900…) are the usual culprit: NFC replaces them.
 */
public final class NfcRule implements ArticleRule {
    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasText() || Normalizer.isNormalized(article.text(), Normalizer.Form.NFC)) {
            return;
        }
        String text = article.text();
        int at = firstNonNfc(text);
        int cp = text.codePointAt(at);
        sink.report(Finding.of(FindingCode.TEXT_NOT_NFC, article.textFile())
                .at(TextPositions.at(text, at))
                .found(String.format("U+%04X %s", cp, new String(Character.toChars(cp))))
                .expected("text in Unicode Normalization Form C")
                .edit(new Edit.TextTransform(Edit.Transformation.NFC))
                .fix("normalise the file to NFC (e.g. uconv -x any-nfc, or Python unicodedata.normalize('NFC', s))")
                .message("text is not NFC-normalised"));
    }

    /** Where the text and its NFC form first differ (a base character whose sequence NFC changes). */
    private static int firstNonNfc(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int i = 0;
        while (i < text.length() && i < nfc.length() && text.charAt(i) == nfc.charAt(i)) {
            i++;
        }
        if (i > 0 && Character.isLowSurrogate(text.charAt(Math.min(i, text.length() - 1)))) {
            i--;
        }
        return Math.min(i, text.length() - 1);
    }
}
