package zhengfa.corpus.draft.page;

/**
 * One line of a page without its surrounding whitespace (ASCII, full-width and no-break spaces).
 *
 * @param start the first UTF-16 index of the trimmed content in the page
 * @param end   the UTF-16 index after it
 */
public record Line(int index, int start, int end, String text) {

    public boolean isBlank() {
        return text.isEmpty();
    }

    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** Ends like a sentence: a paragraph of prose rather than a heading or a label. */
    public boolean endsSentence() {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if ((last == '”' || last == '"' || last == '’' || last == '」' || last == '』') && text.length() > 1) {
            // A closing quote ends a sentence only after sentence punctuation: 。” does, “平平安安” does not.
            last = text.charAt(text.length() - 2);
        }
        return "。!?;…\uFF01\uFF1F\uFF1B".indexOf(last) >= 0;
    }

    /** The 1-based line number a curator sees in an editor. */
    public int number() {
        return index + 1;
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
