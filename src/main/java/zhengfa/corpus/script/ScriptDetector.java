package zhengfa.corpus.script;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;

/**
 * Tells Simplified from Traditional Chinese with ICU's Hans-Hant transliterators: a Han character
 * that Hant→Hans changes is Traditional-only, one that Hans→Hant changes is Simplified-only, and
 * the share of each decides. Characters are classified once per detector and remembered in flat
 * tables indexed by code point: the detector looks at every character of every article, and a
 * hash-map lookup per character was a measurable share of validation time.
 */
public final class ScriptDetector {

    /** Fewer script-specific characters than this and the text is not judged. */
    public static final int MIN_EVIDENCE = 20;
    /** The dominant script must account for at least this share of the script-specific characters. */
    public static final double DOMINANCE = 0.9;

    private static final byte UNKNOWN = 0;
    private static final byte NOT_HAN = 1;
    private static final byte NEUTRAL = 2;
    private static final byte TRADITIONAL = 3;
    private static final byte SIMPLIFIED = 4;
    private static final int NO_FORM = -1;

    // Loading ICU's transliterators takes a good part of a second; a run whose articles all come
    // from the validation cache never needs them.
    private Transliterator toSimplified;
    private Transliterator toTraditional;
    // Filled lazily by whichever thread meets a character first. Racing threads compute the same
    // value, and a byte or int store is atomic, so the unsynchronised writes are harmless.
    private final byte[] classes = new byte[Character.MAX_CODE_POINT + 1];
    // Traditional-only characters outside the BMP are rare: they are converted each time instead.
    private final int[] simplifiedForms = new int[Character.MAX_VALUE + 1];

    public ScriptDetector() {
        Arrays.fill(simplifiedForms, NO_FORM);
    }

    public ScriptVerdict detect(String text) {
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte c = classOf(cp);
            if (c == NOT_HAN) {
                continue;
            }
            han++;
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

    private byte classOf(int codePoint) {
        byte c = classes[codePoint];
        if (c == UNKNOWN) {
            c = UScript.getScript(codePoint) == UScript.HAN ? classify(codePoint) : NOT_HAN;
            classes[codePoint] = c;
        }
        return c;
    }

    /** Call while holding this detector's lock. */
    private void loadTransliterators() {
        if (toSimplified == null) {
            toSimplified = Transliterator.getInstance("Hant-Hans");
            toTraditional = Transliterator.getInstance("Hans-Hant");
        }
    }

    private byte classify(int codePoint) {
        String s = UCharacter.toString(codePoint);
        // Transliterator instances are not thread-safe.
        synchronized (this) {
            loadTransliterators();
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
            if (classOf(cp) == TRADITIONAL) {
                int form = cp <= Character.MAX_VALUE ? simplifiedForms[cp] : simplify(cp);
                if (form == NO_FORM) {
                    form = simplify(cp);
                    simplifiedForms[cp] = form;
                }
                folded.appendCodePoint(form);
            } else {
                folded.appendCodePoint(cp);
            }
        }
        return folded.toString();
    }

    private int simplify(int codePoint) {
        String converted;
        synchronized (this) {
            loadTransliterators();
            converted = toSimplified.transliterate(UCharacter.toString(codePoint));
        }
        return converted.codePointCount(0, converted.length()) == 1 ? converted.codePointAt(0) : codePoint;
    }
}
