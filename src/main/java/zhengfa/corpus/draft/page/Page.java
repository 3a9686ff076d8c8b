package zhengfa.corpus.draft.page;

import java.util.ArrayList;
import java.util.List;

/** A normalised page split into trimmed lines, with offsets into the exact text. */
public final class Page {

    private final String text;
    private final List<Line> lines;

    public Page(String text) {
        this.text = text;
        List<Line> split = new ArrayList<>();
        int lineStart = 0;
        int index = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Line.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Line.isSpace(text.charAt(e - 1))) {
                e--;
            }
            split.add(new Line(index++, s, e, text.substring(s, e)));
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        this.lines = List.copyOf(split);
    }

    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The lines with content, in order. */
    public List<Line> contentLines() {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    /** The code point offset of a UTF-16 index. */
    public int codePoint(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
