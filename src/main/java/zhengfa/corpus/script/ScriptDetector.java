package zhengfa.corpus.script;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells Simplified from Traditional Chinese with ICU's Hans-Hant transliterators: a Han character
 * that Hant→Hans changes is Traditional-only, one that Hans→Hant changes is Simplified-only, and
 * the share of each decides. Characters are classified once per detector and cached.
 */
public final class ScriptDetector {

    /** Fewer script-specific characters than this and the text is not judged. */
    public static final int MIN_EVIDENCE = 20;
    /** The dominant script must account for at least this share of the script-specific characters. */
    public static final double DOMINANCE = 0.9;

    private static final byte NEUTRAL = 0;
    private static final byte TRADITIONAL = 1;
    private static final byte SIMPLIFIED = 2;

    private final Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
    private final Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
    private final ConcurrentMap<Integer, Byte> classes = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Integer> simplifiedForms = new ConcurrentHashMap<>();

    public ScriptVerdict detect(String text) {
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) != UScript.HAN) {
                continue;
            }
            han++;
            byte c = classes.computeIfAbsent(cp, this::classify);
            if (c == TRADITIONAL) {
                traditional++;
            } else if (c == SIMPLIFIED) {
                simplified++;
            }
        }
        ScriptVerdict.Evidence evidence = new ScriptVerdict.Evidence(han, traditional, simplified);
        int specific = traditional + simplified;
        if (specific < MIN_EVIDENCE) {
            return new ScriptVerdict.Undetermined(evidence);
        }
        if (traditional >= DOMINANCE * specific) {
            return new ScriptVerdict.Clear("Hant", evidence);
        }
        if (simplified >= DOMINANCE * specific) {
            return new ScriptVerdict.Clear("Hans", evidence);
        }
        return new ScriptVerdict.Mixed(evidence);
    }

    private byte classify(int codePoint) {
        String s = UCharacter.toString(codePoint);
        // Transliterator instances are not thread-safe.
        synchronized (this) {
            if (!toSimplified.transliterate(s).equals(s)) {
                return TRADITIONAL;
            }
            if (!toTraditional.transliterate(s).equals(s)) {
                return SIMPLIFIED;
            }
        }
        return NEUTRAL;
    }

    /**
     * The text with every Traditional-only character replaced by its Simplified form, character by
     * character (cached), so that one article stored in both scripts folds to the same string.
     * Characters whose conversion is not one character are kept as they are.
     */
    public String foldToSimplified(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) == UScript.HAN && classes.computeIfAbsent(cp, this::classify) == TRADITIONAL) {
                folded.appendCodePoint(simplifiedForms.computeIfAbsent(cp, this::simplify));
            } else {
                folded.appendCodePoint(cp);
            }
        }
        return folded.toString();
    }

    private int simplify(int codePoint) {
        String converted;
        synchronized (this) {
            converted = toSimplified.transliterate(UCharacter.toString(codePoint));
        }
        return converted.codePointCount(0, converted.length()) == 1 ? converted.codePointAt(0) : codePoint;
    }
}
