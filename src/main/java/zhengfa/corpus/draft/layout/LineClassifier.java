package zhengfa.corpus.draft.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private enum Zone { TOP, MIDDLE, FOOT }

    private record Decided(LineShape line, FurnitureKind kind, Zone zone, String why) { }

    private final Optional<FurnitureModel> model;

    /** The rules and the bundled furniture model. */
    public LineClassifier() {
        this(Optional.of(FurnitureModel.bundled()));
    }

    public LineClassifier(Optional<FurnitureModel> model) {
        this.model = model;
    }

    /** The rules without the model: what the model is measured against. */
    public static LineClassifier rulesOnly() {
        return new LineClassifier(Optional.empty());
    }

    /** The furniture of a page: consecutive lines above the article or in its foot as one span each, others line by line. */
    public List<Furniture> classify(PageLines lines, Anchors anchors) {
        List<Decided> decided = decide(lines, anchors);
        model.ifPresent(m -> learnt(m, lines, anchors, decided));
        List<Furniture> spans = new ArrayList<>();
        List<Decided> run = new ArrayList<>();
        for (Decided d : decided) {
            if (d.kind() == null || d.kind() == FurnitureKind.PAGE_JUMP || !run.isEmpty() && !mergeable(run.get(0), d)) {
                flush(run, spans);
            }
            if (d.kind() == FurnitureKind.PAGE_JUMP) {
                Matcher jump = PAGE_JUMP.matcher(d.line().text());
                while (jump.find()) {
                    spans.add(new Furniture(FurnitureKind.PAGE_JUMP, d.line().number(), d.line().line().start() + jump.start(),
                            d.line().line().start() + jump.end(), d.why()));
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
    private static void learnt(FurnitureModel m, PageLines lines, Anchors anchors, List<Decided> decided) {
        List<double[]> features = LineFeatures.of(lines, anchors);
        int lastParagraph = -1;
        for (int i = 0; i < decided.size(); i++) {
            if (decided.get(i).kind() == null && decided.get(i).line().prose()) {
                lastParagraph = i;
            }
        }
        for (int i = 0; i < decided.size(); i++) {
            Decided d = decided.get(i);
            if (d.kind() == FurnitureKind.SPAM || d.kind() == FurnitureKind.PAGE_JUMP || exact(d.line())
                    || anchors.metadata().contains(d.line().line().index()) && d.zone() != Zone.FOOT) {
                continue;
            }
            double p = m.probability(features.get(i));
            if (p < m.threshold()) {
                decided.set(i, new Decided(d.line(), null, d.zone(), null));
            } else if (d.kind() == null) {
                FurnitureKind kind = d.zone() == Zone.TOP ? FurnitureKind.NAVIGATION
                        : d.zone() == Zone.FOOT || i > lastParagraph ? FurnitureKind.FOOTER : FurnitureKind.WIDGET;
                decided.set(i, new Decided(d.line(), kind, d.zone(), String.format("the line model (p %.2f)", p)));
            } else {
                decided.set(i, new Decided(d.line(), d.kind(), d.zone(), d.why() + String.format(" (the line model: p %.2f)", p)));
            }
        }
    }

    /** Furniture by words no article uses: a copyright or disclaimer line, stray markup, an advertisement placeholder. */
    private static boolean exact(LineShape s) {
        return s.words().filter(w -> w == FurnitureWords.Kind.FOOTER || w == FurnitureWords.Kind.MARKUP
                || w == FurnitureWords.Kind.ADVERTISEMENT).isPresent();
    }

    /** Navigation above the article merges with navigation, widgets, headers and markup; the foot merges whole. */
    private static boolean mergeable(Decided first, Decided next) {
        if (first.zone() != next.zone() || first.zone() == Zone.MIDDLE) {
            return false;
        }
        boolean separate = next.kind() == FurnitureKind.SPAM || next.kind() == FurnitureKind.ADVERTISEMENT
                || first.kind() == FurnitureKind.SPAM || first.kind() == FurnitureKind.ADVERTISEMENT;
        return !separate;
    }

    private static void flush(List<Decided> run, List<Furniture> spans) {
        if (run.isEmpty()) {
            return;
        }
        Decided first = run.get(0);
        FurnitureKind kind = first.kind();
        if (run.size() > 1) {
            kind = first.zone() == Zone.TOP ? FurnitureKind.NAVIGATION
                    : run.stream().anyMatch(d -> d.kind() == FurnitureKind.FOOTER) ? FurnitureKind.FOOTER
                    : run.stream().anyMatch(d -> d.kind() == FurnitureKind.RELATED) ? FurnitureKind.RELATED : kind;
        }
        Decided last = run.get(run.size() - 1);
        spans.add(new Furniture(kind, first.line().number(), first.line().line().start(), last.line().line().end(),
                run.size() == 1 ? first.why() : first.why() + " (and " + (run.size() - 1) + " lines after it)"));
        run.clear();
    }

    /** Footer and related-links words start the page's foot, and so do widget words; a bare counter does not. */
    private static boolean startsFoot(LineShape s, FurnitureKind kind) {
        return kind == FurnitureKind.FOOTER || kind == FurnitureKind.RELATED
                || kind == FurnitureKind.WIDGET && s.words().isPresent() && s.plain().codePoints().anyMatch(Character::isLetter);
    }

    private List<Decided> decide(PageLines lines, Anchors anchors) {
        List<LineShape> all = lines.all();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        all.forEach(s -> occurrences.merge(s.plain(), 1, Integer::sum));
        List<Decided> decided = new ArrayList<>();
        boolean bodyBegun = false;
        FurnitureKind foot = null;
        int protectedFrom = anchors.articleStart();
        while (!anchors.headlineKnown() && protectedFrom > 0 && all.get(protectedFrom - 1).headlineShaped()) {
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
            } else if (foot != null && (s.length() <= SHORT || metadata || FurnitureWords.hasFooterWords(s.plain(), s.length()))) {
                kind = foot;
                why = "in the page's foot";
            } else if (FurnitureWords.isSiteHeader(s.plain()) && s.length() <= 80 && !s.prose()) {
                kind = FurnitureKind.HEADER;
                why = "the site's header or title bar";
            }
            if (foot == null && kind != null && i >= anchors.articleStart() && bodyBegun && startsFoot(s, kind)) {
                foot = kind;
            } else if (foot != null && kind == null && s.prose()) {
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
