package zhengfa.corpus.draft.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;
import zhengfa.corpus.draft.page.HanBigrams;

/**
 * What the headline model reads of one candidate: how the rules found it and their reasons, its
 * place among the page's lines, its shape, and two readings independent of the layout: how much of
 * it the lead paragraph repeats (a headline sums up its article, a menu or a site's name does not),
 * and whether the page prints it again (a page title above, a breadcrumb's last step).
 */
public final class HeadlineFeatures {

    /** The feature names, in the order of every vector: the contract with the model file. */
    public static final List<String> NAMES = List.of(
            "kind_shaped",
            "kind_labelled",
            "kind_original",
            "kind_run_on",
            "kind_trail_end",
            "first",
            "above_metadata",
            "above_prose",
            "upper_deck",
            "kicker_above",
            "under_kicker",
            "above_subtitle",
            "repeats",
            "stacked",
            "continues",
            "rule_score",
            "rule_best",
            "rule_behind_best",
            "length",
            "short",
            "long",
            "han_share",
            "digits",
            "latin",
            "asks",
            "site_name",
            "cleaned",
            "position",
            "before_prose",
            "metadata_on_page",
            "candidates",
            "lead_overlap",
            "printed_elsewhere",
            "prose_above",
            "separators",
            "spam_terms",
            "a_subheadline",
            "has_subheadline");

    /** How many prose lines from the body's start make the lead the headline is compared with. */
    private static final int LEAD_LINES = 3;
    /** A name a site or an institution goes by, at the end of a line: a header, not a headline. */
    private static final Pattern SITE_NAME =
            Pattern.compile(".*(?:网|網|报|報|官网|官網|门户|門戶|频道|頻道|首页|首頁|人民政府|法院|检察院|檢察院|公安局|司法局|政法委)$|.*(?:欢迎|歡迎).*");

    private HeadlineFeatures() {}

    static double[] of(
            PageLines lines,
            TitleExtractor.Kind kind,
            Optional<TitleExtractor.Signals> signals,
            int position,
            Candidate<Headline> candidate,
            double bestRuleScore,
            Set<Integer> metadata) {
        List<LineShape> all = lines.all();
        String text = candidate.value().text();
        int length = text.codePointCount(0, text.length());
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        long han = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        long digits = text.codePoints().filter(Character::isDigit).count();
        long latin = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        int firstProse = lines.firstProse();
        LineShape shape = all.isEmpty() ? null : all.get(Math.min(position, all.size() - 1));
        String simplified = shape == null ? text : shape.simplified();
        double[] x = new double[NAMES.size()];
        int i = 0;
        for (TitleExtractor.Kind k : TitleExtractor.Kind.values()) {
            x[i++] = k == kind ? 1 : 0;
        }
        TitleExtractor.Signals s = signals.orElse(null);
        x[i++] = flag(s != null && s.first());
        x[i++] = flag(s != null && s.aboveMetadata());
        x[i++] = flag(s != null && s.aboveProse());
        x[i++] = flag(s != null && s.upperDeck());
        x[i++] = flag(s != null && s.kickerAbove());
        x[i++] = flag(s != null && s.underKicker());
        x[i++] = flag(s != null && s.aboveSubtitle());
        x[i++] = flag(s != null && s.repeats());
        x[i++] = flag(s != null && s.stacked());
        x[i++] = flag(s != null && s.continues());
        x[i++] = candidate.score();
        x[i++] = flag(candidate.score() >= bestRuleScore - 1e-9);
        x[i++] = bestRuleScore - candidate.score();
        x[i++] = Math.log(Math.max(1, length)) / Math.log(80);
        x[i++] = flag(length < 10);
        x[i++] = flag(length > 40);
        x[i++] = letters == 0 ? 0 : han / (double) letters;
        x[i++] = letters == 0 ? 0 : digits / (double) letters;
        x[i++] = letters == 0 ? 0 : latin / (double) letters;
        x[i++] = flag(text.matches(".*[?!？！][”\"’」』]?$"));
        x[i++] = flag(SITE_NAME.matcher(text).matches());
        x[i++] = flag(shape != null && !shape.text().strip().equals(text.strip()));
        x[i++] = Math.min(position, 20) / 20.0;
        x[i++] = position < firstProse ? Math.min(firstProse - position, 20) / 20.0 : 0;
        x[i++] = flag(!metadata.isEmpty());
        x[i++] = 0; // filled in below: how many candidates the page has
        x[i++] = leadOverlap(simplified, all, firstProse);
        x[i++] = elsewhere(all, position, text);
        x[i++] = flag(all.subList(0, Math.min(position, all.size())).stream().anyMatch(LineShape::prose));
        x[i++] = flag(text.chars().filter(c -> "+|｜/＋·•".indexOf(c) >= 0).count() >= 2);
        x[i++] = shape == null ? 0 : Math.min(shape.spam().terms().size(), 2) / 2.0;
        x[i++] = 0; // filled in with the page's other candidates
        x[i] = flag(candidate.value().subheadline().isPresent());
        return x;
    }

    /**
     * A candidate's vector with what only the page's other candidates tell: how many there are, and whether
     * the rules read this one as another's subheadline (——…, 访…).
     */
    static double[] withOthers(double[] x, int candidates, boolean subheadlineOfAnother) {
        double[] y = x.clone();
        y[NAMES.indexOf("candidates")] = Math.min(candidates, 10) / 10.0;
        y[NAMES.indexOf("a_subheadline")] = flag(subheadlineOfAnother);
        return y;
    }

    private static double flag(boolean yes) {
        return yes ? 1 : 0;
    }

    /** The share of the candidate's Han bigrams that the lead's first lines print too (both folded to Simplified). */
    static double leadOverlap(String candidate, List<LineShape> all, int firstProse) {
        Set<String> own = HanBigrams.of(candidate);
        if (own.isEmpty()) {
            return 0;
        }
        Set<String> lead = new HashSet<>();
        int taken = 0;
        for (int j = firstProse; j < all.size() && taken < LEAD_LINES; j++) {
            if (all.get(j).prose()) {
                lead.addAll(HanBigrams.of(all.get(j).simplified()));
                taken++;
            }
        }
        long shared = own.stream().filter(lead::contains).count();
        return shared / (double) own.size();
    }

    /** Whether another content line prints the candidate again (a page title, a breadcrumb's end): 0, 0.5 for once, 1 for more. */
    static double elsewhere(List<LineShape> all, int position, String text) {
        if (text.codePointCount(0, text.length()) < 6) {
            return 0;
        }
        int count = 0;
        for (int j = 0; j < all.size(); j++) {
            if (j != position && all.get(j).plain().contains(text)) {
                count++;
            }
        }
        return Math.min(count, 2) / 2.0;
    }
}
