package zhengfa.corpus.release.metadata;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.geom.Rectangle2D;

/**
 * Font metrics that give Han, kana and hangul characters and full-width punctuation the width of
 * one em, as every CJK font draws them. The charts measure text with the Latin font the jar
 * carries (so that the layout is the same on every machine), which has no such glyphs and would
 * measure each as a narrow missing-glyph box: labels such as 新疆维吾尔自治区 would then run into the bars.
 */
final class EastAsianWidths extends FontMetrics {

    private static final long serialVersionUID = 1L;
    private final transient FontMetrics latin;

    EastAsianWidths(FontMetrics latin) {
        super(latin.getFont());
        this.latin = latin;
    }

    static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60);
    }

    /** What the Latin font's measure misses: for each wide character, one em less its missing-glyph width. */
    private double extra(String text) {
        double em = getFont().getSize2D();
        return text.codePoints()
                .filter(EastAsianWidths::isWide)
                .mapToDouble(cp -> em - latin.charWidth(cp))
                .sum();
    }

    @Override
    public int getAscent() {
        return latin.getAscent();
    }

    @Override
    public int getDescent() {
        return latin.getDescent();
    }

    @Override
    public int getLeading() {
        return latin.getLeading();
    }

    @Override
    public int getMaxAdvance() {
        return Math.max(latin.getMaxAdvance(), Math.round(getFont().getSize2D()));
    }

    @Override
    public int charWidth(int codePoint) {
        return isWide(codePoint) ? Math.round(getFont().getSize2D()) : latin.charWidth(codePoint);
    }

    @Override
    public int charWidth(char c) {
        return charWidth((int) c);
    }

    @Override
    public int stringWidth(String text) {
        return (int) Math.round(latin.stringWidth(text) + extra(text));
    }

    @Override
    public int charsWidth(char[] data, int offset, int length) {
        return stringWidth(new String(data, offset, length));
    }

    @Override
    public Rectangle2D getStringBounds(String text, Graphics graphics) {
        Rectangle2D bounds = latin.getStringBounds(text, graphics);
        return new Rectangle2D.Double(
                bounds.getX(), bounds.getY(), bounds.getWidth() + extra(text), bounds.getHeight());
    }

    @Override
    public Rectangle2D getStringBounds(String text, int begin, int limit, Graphics graphics) {
        return getStringBounds(text.substring(begin, limit), graphics);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics graphics) {
        return getStringBounds(new String(chars, begin, limit - begin), graphics);
    }
}
