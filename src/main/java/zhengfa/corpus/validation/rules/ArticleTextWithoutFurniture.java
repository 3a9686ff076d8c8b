package zhengfa.corpus.validation.rules;

import java.util.BitSet;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.model.Span;

/**
 * An article's text without its boilerplate spans: what the article itself says. Page furniture
 * is kept in the stored text and annotated, so a check of the article's script or language must
 * not count a mirror's injected spam line or a site's English menu.
 */
final class ArticleTextWithoutFurniture {

    private ArticleTextWithoutFurniture() {}

    /** The text with every code point inside a boilerplate span replaced by a line break. */
    static String of(ArticleInput article) {
        String text = article.text();
        if (article.annotations() == null
                || article.annotations().spans().stream().noneMatch(ArticleTextWithoutFurniture::furniture)) {
            return text;
        }
        int length = text.codePointCount(0, text.length());
        BitSet covered = new BitSet(length);
        for (Span span : article.annotations().spans()) {
            if (furniture(span) && span.start() >= 0 && span.end() <= length && span.start() < span.end()) {
                covered.set(span.start(), span.end());
            }
        }
        StringBuilder kept = new StringBuilder(text.length());
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (covered.get(cp)) {
                if (kept.length() == 0 || kept.charAt(kept.length() - 1) != '\n') {
                    kept.append('\n');
                }
            } else {
                kept.appendCodePoint(c);
            }
        }
        return kept.toString();
    }

    private static boolean furniture(Span span) {
        return Span.BOILERPLATE.equals(span.label());
    }
}
