package zhengfa.corpus.draft.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.candidate.LogisticModel;
import zhengfa.corpus.draft.forms.FurnitureWords;

/**
 * Which lines of a page are furniture, by three kinds of evidence in this order:
 * <ol>
 *   <li>the line itself: injected spam, stray markup, an advertisement placeholder, footer, related,
 *       widget or navigation words with little else, a line repeated three times or more;</li>
 *   <li>where it stands: above the article's first line everything but metadata is the site's
 *       navigation and header; after the body, from the first footer, related-links or widget line
 *       on, short lines and lines with furniture words are the page's foot, until prose resumes;</li>
 *   <li>page-jump markers inside a line (下转第八版) are furniture, the rest of the line is not.</li>
 * </ol>
 * Metadata lines (headline, dateline, credits) are never furniture above the body; in the page's
 * foot a line that repeats them (标题:…, 本文来源:…) is.
 */
public final class LineClassifier {

    private static final Pattern PAGE_JUMP = Pattern.compile("[上下][转轉接]第[一二三四五六七八九十百\\d]+版");
    private static final int SHORT = 40;
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:标题|標題)\\s*[:：]");

    private enum Zone {
        TOP,
        MIDDLE,
        FOOT
    }

    private record Decided(LineShape line, FurnitureKind kind, Zone zone, String why) {}

    private final Optional<LogisticModel> model;

    /** The rules and the bundled furniture model. */
    public LineClassifier() {
        this(Optional.of(FurnitureModel.bundled()));
    }

    public LineClassifier(Optional<LogisticModel> model) {
        this.model = model;
    }

    /** The rules without the model: what the model is measured against. */
    public static LineClassifier rulesOnly() {
        return new LineClassifier(Optional.empty());
    }

    /** The furniture of a page: consecutive lines above the article or in its foot as one span each, others line by line. */
    public List<Furniture> classify(PageLines lines, Anchors anchors) {
        Set<Integer> poster = posterLines(lines.all(), anchors);
        List<Decided> decided = decide(lines, anchors, poster);
        model.ifPresent(m -> learnt(m, lines, anchors, decided, poster));
        List<Furniture> spans = new ArrayList<>();
        List<Decided> run = new ArrayList<>();
        for (Decided d : decided) {
            if (d.kind() == null
                    || d.kind() == FurnitureKind.PAGE_JUMP
                    || !run.isEmpty() && !mergeable(run.get(0), d)) {
                flush(run, spans);
            }
            if (d.kind() == FurnitureKind.PAGE_JUMP) {
                Matcher jump = PAGE_JUMP.matcher(d.line().text());
                while (jump.find()) {
                    spans.add(new Furniture(
                            FurnitureKind.PAGE_JUMP,
                            d.line().number(),
                            d.line().line().start() + jump.start(),
                            d.line().line().start() + jump.end(),
                            d.why()));
                }
            } else if (d.kind() != null) {
                run.add(d);
            }
        }
        flush(run, spans);
        return List.copyOf(spans);
    }

    /**
     * The model decides which whole lines are furniture; the rules only name the kind. The rules'
     * words and positions fit the layouts they were written on better than others (docs/drafting.md),
     * while the model weighs the same evidence learnt from labelled pages. Injected spam, page-jump
     * markers, copyright and disclaimer lines, stray markup and advertisement placeholders stay the
     * rules': their words are exact. A metadata line where it introduces the article stays the
     * article's.
     */
    private static void learnt(
            LogisticModel m, PageLines lines, Anchors anchors, List<Decided> decided, Set<Integer> poster) {
        List<double[]> features = LineFeatures.of(lines, anchors);
        List<Set<String>> terms = LineFeatures.terms(lines);
        int lastParagraph = -1;
        for (int i = 0; i < decided.size(); i++) {
            if (decided.get(i).kind() == null && decided.get(i).line().prose()) {
                lastParagraph = i;
            }
        }
        for (int i = 0; i < decided.size(); i++) {
            Decided d = decided.get(i);
            if (d.kind() == FurnitureKind.SPAM
                    || d.kind() == FurnitureKind.PAGE_JUMP
                    || exact(d.line())
                    || anchors.metadata().contains(d.line().line().index()) && d.zone() != Zone.FOOT
                    || poster.contains(i) && d.kind() == null) {
                continue;
            }
            double p = m.probability(features.get(i), terms.get(i));
            if (p < m.threshold()) {
                decided.set(i, new Decided(d.line(), null, d.zone(), null));
            } else if (d.kind() == null) {
                FurnitureKind kind = d.zone() == Zone.TOP
                        ? FurnitureKind.NAVIGATION
                        : d.zone() == Zone.FOOT || i > lastParagraph ? FurnitureKind.FOOTER : FurnitureKind.WIDGET;
                decided.set(i, new Decided(d.line(), kind, d.zone(), String.format("the line model (p %.2f)", p)));
            } else {
                decided.set(
                        i,
                        new Decided(
                                d.line(), d.kind(), d.zone(), d.why() + String.format(" (the line model: p %.2f)", p)));
            }
        }
    }

    /** A paragraph the site cut off with an ellipsis: 美國總統簽署行政命令,將大麻歸類降級,… */
    private static final Pattern CUT_OFF = Pattern.compile(".*[\\p{IsHan}\\w”」)）](?:\\.{3,6}|…{1,2})\\s*$");

    /** Two or more paragraphs in a row cut off with an ellipsis: teasers of other articles, not the body. */
    private static boolean teaser(List<LineShape> all, int i) {
        if (!CUT_OFF.matcher(all.get(i).plain()).matches()) {
            return false;
        }
        boolean before = i > 0 && CUT_OFF.matcher(all.get(i - 1).plain()).matches();
        boolean after =
                i + 1 < all.size() && CUT_OFF.matcher(all.get(i + 1).plain()).matches();
        return before || after;
    }

    /** How many short lines in a row make a poster's text. */
    private static final int POSTER_RUN = 8;

    private static final int POSTER_LINE = 16;
    private static final int POSTER_MEDIAN = 12;
    /** The share of a poster's lines that hold a word of grammar: a menu's items are names. */
    private static final double POSTER_GRAMMAR = 0.4;

    private static final Pattern GRAMMAR = Pattern.compile("[的了是在你我他她们們这這那就会會不有也被把都要让讓吗嗎呢吧啊]");

    /**
     * The lines of an article set as a poster (a public account's style: a phrase or two per line,
     * 今天是6.26 / 国际禁毒日 / 也许 / 这个日子你会感到陌生 …): eight or more short lines of Chinese in a row
     * below the article's first line, most of a dozen characters or fewer, many of them with a word
     * of grammar (的, 了, 你, 不). They look like a menu to the line model and to the foot's rule, but
     * a menu's items are names (台鐵 / 高鐵 / 東海大學), and a list of other articles' titles has longer lines.
     */
    private static Set<Integer> posterLines(List<LineShape> all, Anchors anchors) {
        return posterLines(all, Math.max(0, anchors.articleStart()));
    }

    /** Whether the page sets text as a poster anywhere: an article in short lines, though it has no paragraph. */
    public static boolean hasPosterText(List<LineShape> all) {
        return !posterLines(all, 0).isEmpty();
    }

    private static Set<Integer> posterLines(List<LineShape> all, int from) {
        Set<Integer> poster = new HashSet<>();
        int i = from;
        while (i < all.size()) {
            int j = i;
            while (j < all.size() && verse(all.get(j))) {
                j++;
            }
            List<LineShape> run = all.subList(i, j);
            if (run.size() >= POSTER_RUN) {
                int[] lengths =
                        run.stream().mapToInt(LineShape::length).sorted().toArray();
                long grammar = run.stream()
                        .filter(s -> GRAMMAR.matcher(s.simplified()).find())
                        .count();
                if (lengths[lengths.length / 2] <= POSTER_MEDIAN && grammar >= POSTER_GRAMMAR * run.size()) {
                    for (int k = i; k < j; k++) {
                        poster.add(k);
                    }
                }
            }
            i = j + 1;
        }
        return poster;
    }

    private static boolean verse(LineShape s) {
        return s.length() <= POSTER_LINE
                && !s.spam().isSpam()
                && s.plain().codePoints().noneMatch(c -> c < 128 && Character.isLetter(c))
                && s.plain().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Furniture by words no article uses: a copyright or disclaimer line, stray markup, an advertisement placeholder. */
    private static boolean exact(LineShape s) {
        return s.words()
                .filter(w -> w == FurnitureWords.Kind.FOOTER
                        || w == FurnitureWords.Kind.MARKUP
                        || w == FurnitureWords.Kind.ADVERTISEMENT)
                .isPresent();
    }

    /** Navigation above the article merges with navigation, widgets, headers and markup; the foot merges whole. */
    private static boolean mergeable(Decided first, Decided next) {
        if (first.zone() != next.zone() || first.zone() == Zone.MIDDLE) {
            return false;
        }
        boolean separate = next.kind() == FurnitureKind.SPAM
                || next.kind() == FurnitureKind.ADVERTISEMENT
                || first.kind() == FurnitureKind.SPAM
                || first.kind() == FurnitureKind.ADVERTISEMENT;
        return !separate;
    }

    private static void flush(List<Decided> run, List<Furniture> spans) {
        if (run.isEmpty()) {
            return;
        }
        Decided first = run.get(0);
        FurnitureKind kind = first.kind();
        if (run.size() > 1) {
            kind = first.zone() == Zone.TOP
                    ? FurnitureKind.NAVIGATION
                    : run.stream().anyMatch(d -> d.kind() == FurnitureKind.FOOTER)
                            ? FurnitureKind.FOOTER
                            : run.stream().anyMatch(d -> d.kind() == FurnitureKind.RELATED)
                                    ? FurnitureKind.RELATED
                                    : kind;
        }
        Decided last = run.get(run.size() - 1);
        spans.add(new Furniture(
                kind,
                first.line().number(),
                first.line().line().start(),
                last.line().line().end(),
                run.size() == 1 ? first.why() : first.why() + " (and " + (run.size() - 1) + " lines after it)"));
        run.clear();
    }

    /** Footer and related-links words start the page's foot, and so do widget words; a bare counter does not. */
    private static boolean startsFoot(LineShape s, FurnitureKind kind) {
        return kind == FurnitureKind.FOOTER
                || kind == FurnitureKind.RELATED
                || kind == FurnitureKind.WIDGET
                        && s.words().isPresent()
                        && s.plain().codePoints().anyMatch(Character::isLetter);
    }

    private List<Decided> decide(PageLines lines, Anchors anchors, Set<Integer> poster) {
        List<LineShape> all = lines.all();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        all.forEach(s -> occurrences.merge(s.plain(), 1, Integer::sum));
        List<Decided> decided = new ArrayList<>();
        boolean bodyBegun = false;
        FurnitureKind foot = null;
        int protectedFrom = anchors.articleStart();
        while (!anchors.headlineKnown()
                && protectedFrom > 0
                && all.get(protectedFrom - 1).headlineShaped()) {
            protectedFrom--;
        }
        for (int i = 0; i < all.size(); i++) {
            LineShape s = all.get(i);
            boolean metadata = anchors.metadata().contains(s.line().index());
            int count = seen.merge(s.plain(), 1, Integer::sum);
            FurnitureKind kind = null;
            String why = null;
            if (s.spam().isSpam()) {
                kind = FurnitureKind.SPAM;
                why = "spam words: " + String.join(", ", s.spam().terms());
            } else if (bodyBegun && teaser(all, i)) {
                kind = FurnitureKind.RELATED;
                why = "one of several teasers the site cut off (…)";
            } else if (bodyBegun && TITLE_LABEL.matcher(s.plain()).find()) {
                kind = FurnitureKind.FOOTER;
                why = "the headline printed again in the page's foot";
            } else if (metadata && foot == null) {
                // the article's own headline, dateline or credit
            } else if (s.words().isPresent()) {
                kind = switch (s.words().get()) {
                    case MARKUP -> FurnitureKind.MARKUP;
                    case ADVERTISEMENT -> FurnitureKind.ADVERTISEMENT;
                    case FOOTER -> FurnitureKind.FOOTER;
                    case RELATED -> FurnitureKind.RELATED;
                    case WIDGET -> FurnitureKind.WIDGET;
                    case NAVIGATION -> FurnitureKind.NAVIGATION;
                };
                why = "furniture words";
            } else if (i < protectedFrom) {
                kind = FurnitureWords.isSiteHeader(s.plain()) ? FurnitureKind.HEADER : FurnitureKind.NAVIGATION;
                why = "above the article's first line";
            } else if (count > 1 && occurrences.get(s.plain()) >= 3 && s.length() <= SHORT) {
                kind = FurnitureKind.WIDGET;
                why = "a short line printed " + occurrences.get(s.plain()) + " times";
            } else if (foot != null
                    && !poster.contains(i)
                    && (s.length() <= SHORT || metadata || FurnitureWords.hasFooterWords(s.plain(), s.length()))) {
                kind = foot;
                why = "in the page's foot";
            } else if (FurnitureWords.isSiteHeader(s.plain()) && s.length() <= 80 && !s.prose()) {
                kind = FurnitureKind.HEADER;
                why = "the site's header or title bar";
            }
            if (foot == null
                    && kind != null
                    && i >= anchors.articleStart()
                    && bodyBegun
                    && startsFoot(s, kind)
                    && !poster.contains(i)) {
                foot = kind;
            } else if (foot != null && kind == null && (s.prose() || poster.contains(i))) {
                foot = null;
            } else if (foot != null && (kind == FurnitureKind.FOOTER || kind == FurnitureKind.RELATED)) {
                foot = kind;
            }
            Zone zone = i < anchors.articleStart() ? Zone.TOP : foot != null ? Zone.FOOT : Zone.MIDDLE;
            if (kind == null && PAGE_JUMP.matcher(s.text()).find()) {
                kind = FurnitureKind.PAGE_JUMP;
                why = "a page-jump marker";
            }
            decided.add(new Decided(s, kind, zone, why));
            bodyBegun |= s.prose() && kind == null && i >= anchors.articleStart();
        }
        return decided;
    }
}
