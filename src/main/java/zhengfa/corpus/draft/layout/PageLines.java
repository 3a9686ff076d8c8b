package zhengfa.corpus.draft.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.draft.forms.SpamLexicon;
import zhengfa.corpus.draft.page.Line;
import zhengfa.corpus.draft.page.Page;
import zhengfa.corpus.script.ScriptDetector;

/** A page's content lines with their shapes, in order; blank lines are left out. */
public final class PageLines {

    private final Page page;
    private final List<LineShape> shapes;

    private PageLines(Page page, List<LineShape> shapes) {
        this.page = page;
        this.shapes = List.copyOf(shapes);
    }

    public static PageLines of(Page page, ScriptDetector scripts) {
        List<LineShape> shapes = new ArrayList<>();
        for (Line line : page.contentLines()) {
            String plain = FurnitureWords.withoutGlosses(line.text());
            String simplified = scripts.foldToSimplified(plain);
            int length = plain.codePointCount(0, plain.length());
            long han = plain.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count();
            long letters = plain.codePoints().filter(Character::isLetterOrDigit).count();
            double share = letters == 0 ? 0 : han / (double) letters;
            // a short line ending in ？ or ！ is a headline asking or exclaiming, not a paragraph
            boolean shortQuestion = length <= 30 && plain.matches(".*[?!\\uFF1F\\uFF01][”\"’」』]?$");
            // a paragraph of Chinese: a sentence, or a long run with a comma in it (excerpts end mid-sentence);
            // an English or Japanese prompt or a menu of names between bars is no paragraph
            boolean chinese = share >= 0.5
                    && plain.chars().filter(c -> c == '|' || c == '｜').count() < 2;
            boolean prose = chinese
                    && !FurnitureWords.isTrail(plain)
                    && (line.endsSentence() && !shortQuestion
                            || length >= 50 && share >= 0.6 && plain.matches(".*[，,、。；;].*"));
            boolean bullet = plain.matches("^[•·▪▸►◆◇\\-–*]\\s*\\S.*");
            // furniture words in either script: the lexicon lists the common forms, the fold catches the rest
            Optional<FurnitureWords.Kind> words =
                    FurnitureWords.of(plain, length).or(() -> FurnitureWords.of(simplified, length));
            shapes.add(new LineShape(
                    line, plain, simplified, length, share, prose, bullet, words, SpamLexicon.read(plain, simplified)));
        }
        return new PageLines(page, wrapped(shapes));
    }

    /** How many lines of one width in a row make a paragraph wrapped at a fixed width. */
    private static final int WRAPPED_RUN = 3;

    /**
     * Lines of a paragraph a page wraps at a fixed width (three or more long lines of Chinese in a
     * row, no blank line between, of nearly one length) are prose, though each breaks off
     * mid-sentence: a wrapped lead is no stack of headlines.
     */
    private static List<LineShape> wrapped(List<LineShape> shapes) {
        List<LineShape> out = new ArrayList<>(shapes);
        int i = 0;
        while (i < shapes.size()) {
            int j = i;
            while (wrappable(shapes.get(i))
                    && j + 1 < shapes.size()
                    && wrappable(shapes.get(j + 1))
                    && shapes.get(j + 1).line().index() == shapes.get(j).line().index() + 1
                    && similar(shapes.get(i).length(), shapes.get(j + 1).length())) {
                j++;
            }
            if (j - i + 1 >= WRAPPED_RUN) {
                for (int k = i; k <= j; k++) {
                    out.set(k, shapes.get(k).asProse());
                }
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean wrappable(LineShape s) {
        return s.length() >= 30
                && s.hanShare() >= 0.6
                && s.words().isEmpty()
                && !s.spam().isSpam()
                && !FurnitureWords.isTrail(s.plain());
    }

    private static boolean similar(int a, int b) {
        return Math.max(a, b) <= Math.min(a, b) * 1.15;
    }

    public Page page() {
        return page;
    }

    /** The content lines, in order. */
    public List<LineShape> all() {
        return shapes;
    }

    /** The shape of the line with this 0-based index of the page, if it has content. */
    public Optional<LineShape> at(int lineIndex) {
        return shapes.stream().filter(s -> s.line().index() == lineIndex).findFirst();
    }

    /**
     * The position among content lines where the article's body begins: the first of two
     * paragraphs in a row (a widget or a photo caption may stand between them, a headline may
     * not). A lone sentence between headlines is a teaser of another article (a portal's related
     * block), not the body. Without two in a row, the first paragraph; without any, the number of
     * content lines.
     */
    public int firstProse() {
        int first = -1;
        for (int i = 0; i < shapes.size(); i++) {
            if (!paragraph(i)) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            if (i > 0 && subtitle(shapes.get(i - 1))) {
                return i; // the lead under a headline's subtitle (——副标题), however the lines after it look
            }
            for (int j = i + 1; j < shapes.size() && j <= i + 3; j++) {
                if (paragraph(j)) {
                    return i;
                }
                if (shapes.get(j).headlineShaped()) {
                    break;
                }
            }
        }
        return first < 0 ? shapes.size() : first;
    }

    /** A headline's subtitle line: ——汕尾全面建强综治中心…, printed under the headline it completes. */
    public static boolean subtitle(LineShape s) {
        String t = s.plain();
        return (t.startsWith("——") || t.startsWith("──") || t.startsWith("--"))
                && s.length() <= 80
                && !s.line().endsSentence();
    }

    private boolean paragraph(int i) {
        LineShape s = shapes.get(i);
        return s.prose() && s.words().isEmpty() && !s.spam().isSpam();
    }
}
