package zhengfa.corpus.draft.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.forms.FurnitureWords;
import zhengfa.corpus.draft.page.HanBigrams;

/**
 * What the furniture model sees of each content line: its shape, its words, where it stands
 * relative to the article's first line and its paragraphs, and what its neighbours look like.
 * Every feature lies in [0, 1] (or [-1, 1] for a signed distance), so that one regularisation
 * weight suits them all. The names are the model file's contract: {@link FurnitureModel} refuses a
 * model trained on other features.
 */
public final class LineFeatures {

    /** The features, in the order of every vector. */
    public static final List<String> NAMES = List.of(
            "above_article",
            "above_article_not_metadata",
            "metadata",
            "relative_position",
            "lines_to_article",
            "before_first_paragraph",
            "after_last_paragraph",
            "paragraph",
            "prose",
            "ends_sentence",
            "headline_shaped",
            "bullet",
            "length_log",
            "length_le_6",
            "length_le_15",
            "length_le_40",
            "length_gt_100",
            "han_share",
            "latin_share",
            "digit_share",
            "punctuation_share",
            "space_share",
            "tokens_log",
            "menu_like",
            "separators",
            "bracketed",
            "ends_with_colon",
            "url_or_mail",
            "copyright_or_licence",
            "has_date",
            "has_time",
            "words_navigation",
            "words_widget",
            "words_related",
            "words_footer",
            "words_advertisement",
            "words_markup",
            "spam",
            "printed_twice",
            "printed_three_times",
            "previous_prose",
            "next_prose",
            "previous_furniture_words",
            "next_furniture_words",
            "previous_short",
            "next_short",
            "previous_above_article",
            "first_line",
            "last_line",
            "words_any",
            "words_short",
            "furniture_words_nearby",
            "below_foot_words",
            "lines_after_last_paragraph",
            "topic_overlap",
            "off_topic",
            "shaped_after_body",
            "prose_after_foot_words",
            "in_run_of_short_lines",
            "in_run_of_headlines",
            "ends_with_date");

    /**
     * How {@link #terms} cuts a line, as the model file names it: a model whose terms were cut
     * otherwise is refused.
     */
    public static final String TERM_FORM =
            "characters and pairs of characters of the line, folded to Simplified and lower case,"
                    + " every digit as 0 and every run of spaces as one; the line above's with 'above:' before them, the line below's with"
                    + " 'below:'";

    /** What marks a term of the line above or below: longer than a term of the line's own, so that none is mistaken for another. */
    public static final String ABOVE = "above:";

    public static final String BELOW = "below:";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s|｜/>»›·•┊丨\\-–—_]+");
    private static final Pattern URL_OR_MAIL =
            Pattern.compile("(?i)https?:|www\\.|\\.(?:com|cn|net|org|gov|hk|tw)\\b|@\\w");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|copyright|版权|版權|icp|备案|備案|公网安备|公網安備|all rights");
    private static final Pattern DATE = Pattern.compile("\\d{2,4}\\s*[-/.年]\\s*\\d{1,2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*[:：]\\s*\\d{2}");
    private static final Pattern BRACKETED = Pattern.compile("^\\s*[\\[【〔〖<《(（].{0,30}[\\]】〕〗>》)）]\\s*$");

    private LineFeatures() {}

    /** One vector per content line of the page, in order. */
    public static List<double[]> of(PageLines lines, Anchors anchors) {
        List<LineShape> all = lines.all();
        int n = all.size();
        Map<String, Integer> occurrences = new HashMap<>();
        all.forEach(s -> occurrences.merge(s.plain(), 1, Integer::sum));
        int firstParagraph = lines.firstProse();
        int lastParagraph = -1;
        for (int i = 0; i < n; i++) {
            if (paragraph(all.get(i))) {
                lastParagraph = i;
            }
        }
        // the first line after the body's first paragraph with footer, related-links or widget words
        int footWords = n;
        for (int i = Math.max(0, firstParagraph + 1); i < n; i++) {
            var words = all.get(i).words();
            if (words.isPresent() && words.get() != FurnitureWords.Kind.NAVIGATION) {
                footWords = i;
                break;
            }
        }
        List<Set<String>> bigrams =
                all.stream().map(s -> HanBigrams.of(s.simplified())).toList();
        Set<Integer> head = headLines(all, anchors.articleStart());
        List<double[]> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LineShape s = all.get(i);
            LineShape previous = i > 0 ? all.get(i - 1) : null;
            LineShape next = i + 1 < n ? all.get(i + 1) : null;
            String t = s.plain();
            int length = Math.max(1, s.length());
            boolean metadata = anchors.metadata().contains(s.line().index());
            boolean above = i < anchors.articleStart();
            String[] tokens = SEPARATORS.split(t.strip());
            int tokenCount = (int)
                    java.util.Arrays.stream(tokens).filter(x -> !x.isEmpty()).count();
            double meanToken = tokenCount == 0
                    ? 0
                    : java.util.Arrays.stream(tokens)
                            .filter(x -> !x.isEmpty())
                            .mapToInt(x -> x.codePointCount(0, x.length()))
                            .average()
                            .orElse(0);
            long latin =
                    t.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
            long digits = t.codePoints().filter(Character::isDigit).count();
            long spaces = t.codePoints().filter(Character::isWhitespace).count();
            long punctuation = t.codePoints()
                    .filter(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                    .count();
            long separators =
                    t.codePoints().filter(c -> "|｜/>»›·•┊丨".indexOf(c) >= 0).count();
            int count = occurrences.get(t);
            double[] v = {
                flag(above),
                flag(above && !metadata),
                flag(metadata),
                n <= 1 ? 0 : i / (double) (n - 1),
                Math.max(-1, Math.min(1, (anchors.articleStart() - i) / 5.0)),
                flag(i < firstParagraph),
                flag(i > lastParagraph),
                flag(paragraph(s)),
                flag(s.prose()),
                flag(s.line().endsSentence()),
                flag(s.headlineShaped()),
                flag(s.bullet()),
                Math.min(1, Math.log1p(length) / Math.log(200)),
                flag(length <= 6),
                flag(length <= 15),
                flag(length <= 40),
                flag(length > 100),
                s.hanShare(),
                latin / (double) length,
                digits / (double) length,
                punctuation / (double) length,
                spaces / (double) length,
                Math.min(1, Math.log1p(tokenCount) / Math.log(20)),
                flag(tokenCount >= 3 && meanToken <= 5),
                Math.min(1, separators / 3.0),
                flag(BRACKETED.matcher(t).matches()),
                flag(t.endsWith(":") || t.endsWith("：")),
                flag(URL_OR_MAIL.matcher(t).find()),
                flag(COPYRIGHT.matcher(t).find()),
                flag(DATE.matcher(t).find()),
                flag(TIME.matcher(t).find()),
                words(s, FurnitureWords.Kind.NAVIGATION),
                words(s, FurnitureWords.Kind.WIDGET),
                words(s, FurnitureWords.Kind.RELATED),
                words(s, FurnitureWords.Kind.FOOTER),
                words(s, FurnitureWords.Kind.ADVERTISEMENT),
                words(s, FurnitureWords.Kind.MARKUP),
                flag(s.spam().isSpam()),
                flag(count >= 2),
                flag(count >= 3),
                flag(previous != null && previous.prose()),
                flag(next != null && next.prose()),
                flag(previous != null && previous.words().isPresent()),
                flag(next != null && next.words().isPresent()),
                flag(previous != null && previous.length() <= 15),
                flag(next != null && next.length() <= 15),
                flag(i - 1 < anchors.articleStart() && i > 0),
                flag(i == 0),
                flag(i == n - 1),
                flag(s.words().isPresent()),
                flag(s.words().isPresent() && length <= 20),
                nearbyWords(all, i) / 4.0,
                flag(i > footWords),
                i <= lastParagraph ? 0 : Math.min(1, Math.log1p(i - lastParagraph) / Math.log(20)),
                topicOverlap(bigrams, head, i),
                flag(bigrams.get(i).size() >= 4 && topicOverlap(bigrams, head, i) < 0.15),
                flag(s.headlineShaped() && i > lastParagraph),
                flag(s.prose() && i > footWords),
                flag(run(all, i, x -> !paragraph(x) && x.length() <= 30) >= 3),
                flag(s.headlineShaped() && run(all, i, LineShape::headlineShaped) >= 3),
                flag(DATE_AT_END.matcher(t).find()),
            };
            vectors.add(v);
        }
        return vectors;
    }

    /**
     * The terms of every content line of the page, in order: its own, and its neighbours' marked
     * {@link #ABOVE} and {@link #BELOW}. A line under 相关新闻 or above 责任编辑 is furniture by where it
     * stands, which its own words do not say.
     */
    public static List<Set<String>> terms(PageLines lines) {
        List<Set<String>> own = lines.all().stream().map(LineFeatures::terms).toList();
        List<Set<String>> withNeighbours = new ArrayList<>(own.size());
        for (int i = 0; i < own.size(); i++) {
            Set<String> terms = new HashSet<>(own.get(i));
            if (i > 0) {
                own.get(i - 1).forEach(t -> terms.add(ABOVE + t));
            }
            if (i + 1 < own.size()) {
                own.get(i + 1).forEach(t -> terms.add(BELOW + t));
            }
            withNeighbours.add(terms);
        }
        return withNeighbours;
    }

    /**
     * A line's characters and pairs of adjacent characters ({@link #TERM_FORM}): what the furniture
     * model learns the wording of furniture from (阅读, 点击, 责编, 扫码…) beyond the furniture words'
     * lists. Folding to Simplified lets one weight serve both scripts; folding digits keeps a date
     * or a count from becoming a term of its own.
     */
    public static Set<String> terms(LineShape s) {
        StringBuilder folded = new StringBuilder();
        boolean space = false;
        for (int c : s.simplified().strip().codePoints().toArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.appendCodePoint(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        int[] points = folded.codePoints().toArray();
        Set<String> terms = new HashSet<>();
        for (int i = 0; i < points.length; i++) {
            if (points[i] != ' ') {
                terms.add(new String(points, i, 1));
            }
            if (i + 1 < points.length) {
                terms.add(new String(points, i, 2));
            }
        }
        return terms;
    }

    private static final Pattern DATE_AT_END =
            Pattern.compile("\\d{2,4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?\\s*[)）\\]】]?\\s*$");

    /** How many lines in a row, this one among them, are of one kind: a menu or a list of links is a run of them. */
    private static int run(List<LineShape> all, int i, java.util.function.Predicate<LineShape> kind) {
        if (!kind.test(all.get(i))) {
            return 0;
        }
        int from = i;
        while (from > 0 && kind.test(all.get(from - 1))) {
            from--;
        }
        int to = i;
        while (to + 1 < all.size() && kind.test(all.get(to + 1))) {
            to++;
        }
        return to - from + 1;
    }

    /** How many prose lines from the article's start, with the line it starts on, make the head a line's topic is compared with. */
    private static final int HEAD_PARAGRAPHS = 4;

    /** The positions of the article's head: its first line (the headline, where one was read) and its first paragraphs. */
    private static Set<Integer> headLines(List<LineShape> all, int articleStart) {
        Set<Integer> head = new HashSet<>();
        if (articleStart < all.size()) {
            head.add(articleStart);
        }
        for (int j = articleStart; j < all.size() && head.size() <= HEAD_PARAGRAPHS; j++) {
            if (paragraph(all.get(j))) {
                head.add(j);
            }
        }
        return head;
    }

    /**
     * The share of a line's Han bigrams (folded to Simplified) that the article's head prints, the line itself
     * left out: a related article's teaser or a sidebar's item is about something else.
     */
    private static double topicOverlap(List<Set<String>> bigrams, Set<Integer> head, int i) {
        Set<String> own = bigrams.get(i);
        if (own.isEmpty()) {
            return 0;
        }
        Set<String> other = new HashSet<>();
        head.stream().filter(j -> j != i).forEach(j -> other.addAll(bigrams.get(j)));
        return own.stream().filter(other::contains).count() / (double) own.size();
    }

    /** Lines with furniture words among the two above and the two below. */
    private static int nearbyWords(List<LineShape> all, int i) {
        int count = 0;
        for (int j = Math.max(0, i - 2); j <= Math.min(all.size() - 1, i + 2); j++) {
            count += j != i && all.get(j).words().isPresent() ? 1 : 0;
        }
        return count;
    }

    private static boolean paragraph(LineShape s) {
        return s.prose() && s.words().isEmpty() && !s.spam().isSpam();
    }

    private static double words(LineShape s, FurnitureWords.Kind kind) {
        return flag(s.words().filter(k -> k == kind).isPresent());
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
