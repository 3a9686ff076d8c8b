package zhengfa.corpus.draft.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.forms.SourceForms;
import zhengfa.corpus.draft.layout.LineShape;
import zhengfa.corpus.draft.layout.PageLines;
import zhengfa.corpus.vocab.Source;
import zhengfa.corpus.vocab.Sources;

/**
 * The publication the page credits, as printed: a 来源 label at the head of the page, a wire
 * dateline or a desk line opening the lead, the outlet of a reporter's credit, a magazine's issue
 * line; weaker, a name before a timestamp, the owner a copyright footer names where the credit says
 * 本报 (our paper), or an outlet's reporter mentioned in a sentence. The printed name is drafted
 * whether or not the registry knows it; the registry only supplies the key.
 */
public final class SourceExtractor {

    static final double LABEL_AT_HEAD = 0.9;
    static final double LABEL_LATER = 0.75;
    static final double WIRE = 0.85;
    static final double DESK = 0.85;
    static final double ISSUE = 0.7;
    static final double BEFORE_TIMESTAMP = 0.5;
    /** An outlet's name (…网, …报) after the dateline's time: the shape names a publication, unlike a bare name before it. */
    static final double AFTER_TIMESTAMP = 0.7;
    /** (中央社) closing a paragraph: agencies sign so; a paper's name there is rarer, and a sentence never ends so. */
    static final double CLOSING_OUTLET = 0.7;

    static final double COPYRIGHT_OF_OWN_PAPER = 0.7;
    static final double REPORTER_OF = 0.45;
    static final double STANDALONE = 0.75;
    /** A name the registry knows is a publication for sure; one it does not may be a typo or a section. */
    static final double KNOWN_BONUS = 0.1;

    private final Map<String, String> keysByName = new HashMap<>();

    public SourceExtractor(Sources sources) {
        for (Map.Entry<String, Source> e : sources.entries().entrySet()) {
            if (!e.getKey().equals(Source.UNKNOWN)) {
                e.getValue()
                        .printedNames()
                        .forEach(name -> keysByName.putIfAbsent(name.replaceAll("\\s", ""), e.getKey()));
            }
        }
    }

    /** The registry key of a printed name, if the registry knows that name. */
    public Optional<String> keyOf(String printed) {
        String name = printed.replaceAll("\\s", "");
        Optional<String> key = Optional.ofNullable(keysByName.get(name));
        if (key.isEmpty() && name.matches(".+[-－—–].+")) {
            // 荆楚网-楚天都市报: the site and the paper; the key is the paper's when the registry knows it, else the site's
            // a run of dashes alone (———) has no parts
            List<String> parts = java.util.Arrays.stream(name.split("[-－—–]"))
                    .filter(part -> !part.isEmpty())
                    .toList();
            if (!parts.isEmpty()) {
                key = Optional.ofNullable(keysByName.get(parts.get(parts.size() - 1)))
                        .or(() -> Optional.ofNullable(keysByName.get(parts.get(0))));
            }
        }
        return key;
    }

    private static boolean underHeadline(List<LineShape> all, int i) {
        return all.subList(0, i).stream().anyMatch(LineShape::headlineShaped);
    }

    /**
     * @param creditOutlets the outlets printed in reporters' credits (CreditExtractor)
     * @param ownPaperCredit whether a credit says 本报 or 本網: the page is its own paper's
     */
    public FieldDraft<PrintedSource> extract(
            PageLines lines, List<Candidate<String>> creditOutlets, boolean ownPaperCredit) {
        List<Candidate<PrintedSource>> candidates = new ArrayList<>();
        int firstProse = lines.firstProse();
        List<LineShape> all = lines.all();
        for (int i = 0; i < all.size(); i++) {
            LineShape shape = all.get(i);
            if (shape.spam().isSpam()) {
                continue;
            }
            boolean head = i <= firstProse + 1;
            if (head
                    && i < firstProse
                    && keyOf(shape.plain().strip()).isPresent()
                    && shape.length() <= 16
                    && underHeadline(all, i)) {
                // a publication's name alone on a line under the headline (新华网); above it, it is the site's header
                add(
                        candidates,
                        shape.plain().strip(),
                        STANDALONE,
                        new Evidence(shape.number(), shape.plain().strip()),
                        "a publication's name alone at the head of the page");
            }
            for (SourceForms.Mention m : SourceForms.find(shape.plain())) {
                double score;
                String rule;
                switch (m.form()) {
                    case LABEL -> {
                        score = head ? LABEL_AT_HEAD : LABEL_LATER;
                        rule = head ? "a 来源 label at the head" : "a 来源 label after the body";
                    }
                    case WIRE -> {
                        score = m.start() <= 4 ? WIRE : REPORTER_OF;
                        rule = "a wire dateline";
                    }
                    case DESK -> {
                        score = DESK;
                        rule = "a desk line (…讯)";
                    }
                    case ISSUE -> {
                        score = ISSUE;
                        rule = "a magazine's issue line";
                    }
                    case BEFORE_TIMESTAMP -> {
                        score = head ? BEFORE_TIMESTAMP : 0;
                        rule = "a name before the timestamp";
                    }
                    case REPORTED_BY -> {
                        score = head ? WIRE : REPORTER_OF;
                        rule = "the paper the dateline reports after (据…报道)";
                    }
                    case CLOSING_OUTLET -> {
                        score = CLOSING_OUTLET;
                        rule = "an agency's name closing a paragraph";
                    }
                    case AFTER_TIMESTAMP -> {
                        score = head ? AFTER_TIMESTAMP : 0;
                        rule = "an outlet's name on the dateline";
                    }
                    case COPYRIGHT -> {
                        score = ownPaperCredit ? COPYRIGHT_OF_OWN_PAPER : 0;
                        rule = "the copyright owner of a page credited to 本报";
                    }
                    case REPORTER_OF -> {
                        score = REPORTER_OF;
                        rule = "an outlet's reporter in a sentence";
                    }
                    default -> throw new IllegalStateException(m.form().name());
                }
                if (score > 0) {
                    add(
                            candidates,
                            m.name(),
                            score,
                            new Evidence(shape.number(), shape.plain().substring(m.start(), m.end())),
                            rule);
                }
            }
        }
        for (Candidate<String> outlet : creditOutlets) {
            add(
                    candidates,
                    firstOfCompound(outlet.value()),
                    Math.min(outlet.score(), 0.9),
                    outlet.evidence(),
                    "the outlet of a reporter's credit");
        }
        return Decision.DEFAULT.decide(
                candidates, PrintedSource::agreesWith, "no publication is credited (an unnamed 本报讯 names none)");
    }

    /**
     * A reporter's credit of a paper and its app (四川法治报-法治四川新闻客户端记者 X) names the paper
     * first; a 来源 label prints the source as it is (荆楚网-楚天都市报) and is kept so.
     */
    private static String firstOfCompound(String outlet) {
        String[] parts = outlet.split("[-－—–]");
        return parts.length > 1 && SourceForms.publication(parts[0]) && parts[0].length() >= 2 ? parts[0] : outlet;
    }

    /** A name as printed. */
    private void add(
            List<Candidate<PrintedSource>> into, String printed, double score, Evidence evidence, String rule) {
        String name = printed.strip().replaceFirst("^(?:据|據|来自|來自)", "");
        Optional<String> key = keyOf(name);
        double scored = Math.min(1, key.isPresent() ? score + KNOWN_BONUS : score);
        into.add(new Candidate<>(new PrintedSource(name, key), scored, evidence, rule));
    }
}
