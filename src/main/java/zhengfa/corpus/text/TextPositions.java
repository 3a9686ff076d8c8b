package zhengfa.corpus.text;

import zhengfa.corpus.finding.Location;

/** Converts positions in a Java string to what a curator's editor shows: line and code-point column. */
public final class TextPositions {

    private TextPositions() {}

    /** Line and column (both 1-based, columns in code points) of the UTF-16 index {@code charIndex}. */
    public static Location.LineColumn at(String text, int charIndex) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < charIndex; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location.LineColumn(line, 1 + text.codePointCount(lineStart, charIndex));
    }
}
