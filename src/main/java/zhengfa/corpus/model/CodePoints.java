package zhengfa.corpus.model;

import java.util.Arrays;

/**
 * Code-point offsets over a Java (UTF-16) string: the mapping from a code-point offset to a char
 * index, computed once per text so that slicing by code points is constant time.
 */
public final class CodePoints {

    private final String text;
    private final int[] charIndex;

    public CodePoints(String text) {
        this.text = text;
        int count = text.codePointCount(0, text.length());
        this.charIndex = new int[count + 1];
        int i = 0;
        for (int cp = 0; cp < count; cp++) {
            charIndex[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        charIndex[count] = text.length();
    }

    public int length() {
        return charIndex.length - 1;
    }

    public int charIndex(int codePointOffset) {
        return charIndex[codePointOffset];
    }

    public int codePointOffset(int charIndex) {
        int found = Arrays.binarySearch(this.charIndex, charIndex);
        return found >= 0 ? found : -found - 1;
    }

    /** Python's {@code text[start:end]}. */
    public String slice(int start, int end) {
        return text.substring(charIndex[start], charIndex[end]);
    }

    public String text() {
        return text;
    }
}
