package zhengfa.corpus.script;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a text is Chinese at all: Japanese writes Han characters too (with kana), Korean
 * sometimes (hanja, with hangul), and an English or Russian page may carry Chinese names. Judged line by line,
 * so that one Japanese or English prompt on a Chinese page (a site's language switch) does not
 * decide, while a page mostly in another language does.
 */
public final class LanguageDetector {

    /** The share of a page's CJK characters in kana- or hangul-bearing lines above which it is not Chinese. */
    static final double FOREIGN_SHARE = 0.3;

    /**
     * The scripts whose letters are not another language's words: Chinese (with bopomofo), the kana
     * and hangul counted apart, and the signs and marks every script shares.
     */
    private static final Set<Character.UnicodeScript> CJK = EnumSet.of(
            Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO,
            Character.UnicodeScript.COMMON,
            Character.UnicodeScript.INHERITED);

    private LanguageDetector() {}

    /** What the letters of a text say about its language. */
    public sealed interface Verdict permits Chinese, NotChinese {}

    public record Chinese(Counts counts) implements Verdict {}

    /** @param language "Japanese", "Korean" or "not Chinese" (mostly words in Latin, Cyrillic or other letters) */
    public record NotChinese(String language, Counts counts) implements Verdict {
        public String describe() {
            return language + " (" + counts.describe() + ")";
        }
    }

    /**
     * @param han         Han characters in the lines that read as Chinese
     * @param japanese    Han and kana characters in the lines that read as Japanese
     * @param korean      Han and hangul characters in the lines that read as Korean
     * @param otherWords  words of two letters or more in an alphabet that is not Chinese, Japanese or
     *                    Korean: Latin, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari and the rest
     */
    public record Counts(int han, int japanese, int korean, int otherWords) {
        public String describe() {
            return han + " Han characters in Chinese lines, " + japanese + " characters in Japanese lines, " + korean
                    + " in Korean lines, " + otherWords + " words in other letters";
        }
    }

    public static Verdict detect(String text) {
        int han = 0;
        int japanese = 0;
        int korean = 0;
        int otherWords = 0;
        for (String line : text.split("\n", -1)) {
            int lineHan = 0;
            int kana = 0;
            int hangul = 0;
            boolean inWord = false;
            int letters = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                boolean alphabetic = Character.isLetter(cp) && !CJK.contains(script);
                if (alphabetic) {
                    letters++;
                } else {
                    if (inWord && letters >= 2) {
                        otherWords++;
                    }
                    letters = 0;
                }
                inWord = alphabetic;
                switch (script) {
                    case HAN -> lineHan++;
                    case HIRAGANA, KATAKANA -> kana += cp == 'ー' || cp == '・' ? 0 : 1;
                    case HANGUL -> hangul++;
                    default -> {}
                }
            }
            if (inWord && letters >= 2) {
                otherWords++;
            }
            if (kana >= 3 && kana * 100 >= 15 * (lineHan + kana)) {
                japanese += lineHan + kana;
            } else if (hangul >= 3 && hangul * 100 >= 30 * (lineHan + hangul)) {
                korean += lineHan + hangul;
            } else {
                han += lineHan;
            }
        }
        Counts counts = new Counts(han, japanese, korean, otherWords);
        int cjk = han + japanese + korean;
        if (japanese > 0 && japanese >= FOREIGN_SHARE * cjk) {
            return new NotChinese("Japanese", counts);
        }
        if (korean > 0 && korean >= FOREIGN_SHARE * cjk) {
            return new NotChinese("Korean", counts);
        }
        if (han == 0 || han < otherWords) {
            return new NotChinese("not Chinese", counts);
        }
        return new Chinese(counts);
    }
}
