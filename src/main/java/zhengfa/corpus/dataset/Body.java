package zhengfa.corpus.dataset;

import java.util.BitSet;
import zhengfa.corpus.model.CodePoints;
import zhengfa.corpus.model.Span;

/**
 * The clean body of an article: the text without its boilerplate spans, each line trimmed of
 * white space (ASCII and the ideographic space U+3000), empty lines dropped, lines joined by LF.
 * Span offsets refer to {@code text}, not to the body.
 */
public final class Body {

    private Body() {}

    public static String of(ReleaseArticle article) {
        CodePoints text = new CodePoints(article.text());
        BitSet removed = new BitSet(text.length());
        for (Span span : article.annotations().spans()) {
            if (Span.BOILERPLATE.equals(span.label())) {
                removed.set(span.start(), span.end());
            }
        }
        StringBuilder kept = new StringBuilder(article.text().length());
        int offset = 0;
        for (int i = 0; i < article.text().length(); offset++) {
            int cp = article.text().codePointAt(i);
            if (!removed.get(offset)) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        StringBuilder body = new StringBuilder(kept.length());
        for (String line : kept.toString().split("\n", -1)) {
            String trimmed = strip(line);
            if (!trimmed.isEmpty()) {
                body.append(body.length() == 0 ? "" : "\n").append(trimmed);
            }
        }
        return body.toString();
    }

    private static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
