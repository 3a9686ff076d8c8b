package zhengfa.corpus.draft.spans;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.layout.Furniture;
import zhengfa.corpus.draft.layout.Structure;
import zhengfa.corpus.draft.layout.StructureReader;
import zhengfa.corpus.draft.page.Line;
import zhengfa.corpus.draft.page.Page;
import zhengfa.corpus.draft.places.Gazetteer;
import zhengfa.corpus.vocab.Region;

/**
 * Silver spans for a drafted article: the page's structure from {@link StructureReader}, and
 * entities: people named by speaker labels, credits and HanLP (confirmed by a title), places from
 * the gazetteer (with their region code) and HanLP, and laws and regulations from 《…》 titles.
 * Every span says which rule or model made it.
 */
public final class SpanDrafter {

    public static final String LAYOUT = "rule:layout@" + StructureReader.RULES_VERSION;
    static final String CREDITS = "rule:credits@1";
    static final String GAZETTEER = "rule:gazetteer@1";
    static final String BOOK_TITLE = "rule:book-title@1";
    static final String HANLP = "model:" + NameFinder.MODEL;

    static final String QUOTED_TITLE = "rule:quoted-title@1";
    static final String PARTY_ORGANS = "rule:party-organs@1";
    static final String SOURCE_REGISTRY = "rule:source-registry@1";
    /**
     * Party and political-legal organs, the one kind of organisation a rule names reliably: a
     * committee (市委, 州委政法委), 政法委 alone, 党中央, 中央政法委. Matched on the Simplified text.
     */
    private static final Pattern PARTY_ORGAN =
            Pattern.compile("党中央|中共中央政法委员会|中央政法委|自治区党委|党委政法委|[省市州县区]委政法委|政法委(?!员|书记)" + "|[省市州县区]委(?!常委|副书记|书记|委员)");
    /** The constitution is named bare (宪法), not in 《》, as often as not. */
    private static final Pattern CONSTITUTION = Pattern.compile("(?<![《\\p{IsHan}])(?:宪法|憲法)(?![》])");
    /** Rules and measures quoted in “”: “中央八项规定”, “十个严禁”, “政法机关服务保障高质量发展若干措施”. */
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{4,40})”");
    /** In quotes, a bare 法 ends slogans (谁执法谁普法) as often as laws: only these endings count there. */
    private static final Pattern QUOTED_RULES =
            Pattern.compile("\\p{IsHan}{4,}(?:条例|條例|规定|規定|办法|辦法|方案|措施|意见|意見|细则|細則|准则|準則)");

    private static final Pattern COUNTED_RULES =
            Pattern.compile("(?:\\p{IsHan}{0,4})?[一二三四五六七八九十两百\\d]+(?:项|个|條|条)(?:规定|規定|严禁|嚴禁|禁令|措施|准则|準則)");
    private static final Pattern BOOK = Pattern.compile("《([^《》]{2,80})》");
    private static final Pattern INNER_BOOK = Pattern.compile("〈([^〈〉]{2,60})〉");
    private static final Pattern LAW_TITLE = Pattern.compile(
            ".*(?:法|条例|條例|规定|規定|办法|辦法|方案|意见|意見|措施|细则|細則|决定|決定|指引|规则|規則|纲要|綱要|准则|準則)(?:\\(试行\\)|\\(試行\\)|(试行)|(試行))?$");

    private final Gazetteer gazetteer;
    private final NameFinder names;

    private final List<String> outlets;

    /** @param outlets the printed names of the registry's sources: a newspaper named in the text is an organisation */
    public SpanDrafter(Gazetteer gazetteer, NameFinder names, List<String> outlets) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.outlets = List.copyOf(outlets);
    }

    private record Draft(String layer, String label, int start, int end, Map<String, String> attrs, String source) {}

    /** The annotation file's {@code spans}, ordered by start, longer first, with ids s001…, e001…. */
    public ArrayNode draft(
            Page page,
            Structure structure,
            String simplified,
            Optional<Region> articleRegion,
            List<String> knownPeople) {
        List<Draft> structural = new ArrayList<>();
        structure.headline().ifPresent(l -> structural.add(line("headline", l)));
        structure.subheadline().ifPresent(l -> structural.add(line("subheadline", l)));
        structure.dateline().ifPresent(l -> structural.add(line("dateline", l)));
        structure.bylines().forEach(b -> structural.add(line("byline", b)));
        for (Structure.Turn turn : structure.turns()) {
            structural.add(new Draft(
                    "structure",
                    turn.question() ? "question" : "answer",
                    turn.range().start(),
                    turn.range().end(),
                    Map.of("speaker", turn.speaker()),
                    LAYOUT));
        }
        structure.sectionHeadings().forEach(l -> structural.add(line("section_heading", l)));
        for (Furniture f : structure.furniture()) {
            structural.add(new Draft(
                    "structure",
                    "boilerplate",
                    f.start(),
                    f.end(),
                    Map.of("kind", f.kind().label()),
                    LAYOUT));
        }

        String text = page.text();
        List<Draft> entities = new ArrayList<>();
        Matcher book = BOOK.matcher(text);
        while (book.find()) {
            if (LAW_TITLE.matcher(book.group(1)).matches()) {
                entities.add(new Draft("entity", "LAW", book.start(1), book.end(1), Map.of(), BOOK_TITLE));
                Matcher inner = INNER_BOOK.matcher(book.group(1));
                while (inner.find()) {
                    if (LAW_TITLE.matcher(inner.group(1)).matches()) {
                        entities.add(new Draft(
                                "entity",
                                "LAW",
                                book.start(1) + inner.start(1),
                                book.start(1) + inner.end(1),
                                Map.of(),
                                BOOK_TITLE));
                    }
                }
            }
        }
        Matcher constitution = CONSTITUTION.matcher(text);
        while (constitution.find()) {
            entities.add(new Draft("entity", "LAW", constitution.start(), constitution.end(), Map.of(), BOOK_TITLE));
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            if (QUOTED_RULES.matcher(quoted.group(1)).matches()
                    || COUNTED_RULES.matcher(quoted.group(1)).matches()) {
                entities.add(new Draft("entity", "LAW", quoted.start(1), quoted.end(1), Map.of(), QUOTED_TITLE));
            }
        }
        List<Draft> organs = new ArrayList<>();
        for (Gazetteer.Match place : gazetteer.match(simplified)) {
            // A place's committee: 乐山市委, 西双版纳州委, 新疆维吾尔自治区党委.
            String after = simplified.substring(place.end(), Math.min(simplified.length(), place.end() + 2));
            int length = after.startsWith("党委")
                    ? 2
                    : after.startsWith("委") && place.name().matches(".*[省市州县区]") ? 1 : 0;
            if (length > 0 && !simplified.startsWith("委员", place.end() + length - 1)) {
                organs.add(new Draft("entity", "ORG", place.start(), place.end() + length, Map.of(), PARTY_ORGANS));
            }
        }
        Matcher organisation = PARTY_ORGAN.matcher(simplified);
        while (organisation.find()) {
            int start = organisation.start();
            int end = organisation.end();
            if (organs.stream()
                    .noneMatch(o -> o.start() <= start && end <= o.end() || o.start() < end && start < o.end())) {
                organs.add(new Draft("entity", "ORG", start, end, Map.of(), PARTY_ORGANS));
            }
        }
        entities.addAll(organs);
        for (String outlet : outlets) {
            for (String haystack : text.equals(simplified) ? List.of(text) : List.of(text, simplified)) {
                for (int at = haystack.indexOf(outlet); at >= 0; at = haystack.indexOf(outlet, at + outlet.length())) {
                    entities.add(new Draft("entity", "ORG", at, at + outlet.length(), Map.of(), SOURCE_REGISTRY));
                }
            }
        }
        boolean sameIndexes = simplified.length() == text.length();
        Set<String> people = new LinkedHashSet<>(knownPeople);
        NameFinder.Analysis analysis = sameIndexes ? names.analyse(simplified) : null;
        List<NameFinder.Name> found = analysis == null ? List.of() : analysis.names();
        Set<String> modelPeople = new LinkedHashSet<>();
        for (NameFinder.Name name : found) {
            if (name.person() && !people.contains(name.text())) {
                modelPeople.add(name.text());
            }
        }
        addEverywhere(entities, text, simplified, people, "PER", CREDITS);
        addEverywhere(entities, text, simplified, modelPeople, "PER", HANLP);
        for (Gazetteer.Match match : gazetteer.match(simplified)) {
            Optional<Region> region = resolve(match, articleRegion);
            if (region.isEmpty() || !confirmed(match, region.get(), analysis)) {
                continue;
            }
            entities.add(new Draft(
                    "entity",
                    "LOC",
                    match.start(),
                    match.end(),
                    Map.of("region_code", region.get().code()),
                    GAZETTEER));
        }
        for (NameFinder.Name name : found) {
            if (!name.person()) {
                entities.add(new Draft("entity", "LOC", name.start(), name.end(), Map.of(), HANLP));
            }
        }
        return toJson(page, structural, withoutCrossings(entities));
    }

    /**
     * A full name (乐山市) is a place wherever it stands; a short one must not cut through a word
     * (长治 in 长治久安), and a two-character short name below a province must be a word HanLP
     * takes for a place (公安 in 公安机关 is the police, not 公安县).
     */
    private static boolean confirmed(Gazetteer.Match match, Region region, NameFinder.Analysis analysis) {
        if (match.name().equals(region.nameZh())) {
            return true;
        }
        if (analysis == null) {
            return false;
        }
        if (match.name().length() <= 2 && region.level() != Region.Level.PROVINCE) {
            return analysis.isPlaceWord(match.start(), match.end());
        }
        return analysis.aligned(match.start(), match.end());
    }

    /** A county is taken only inside the article's own province; an ambiguous name only if that settles it. */
    private Optional<Region> resolve(Gazetteer.Match match, Optional<Region> articleRegion) {
        List<Region> readings = match.regions().stream()
                .filter(r -> r.level() != Region.Level.COUNTY
                        || articleRegion.isPresent()
                                && r.provinceCode().equals(articleRegion.get().provinceCode()))
                .toList();
        if (readings.size() > 1 && articleRegion.isPresent()) {
            readings = readings.stream()
                    .filter(r -> r.provinceCode().equals(articleRegion.get().provinceCode()))
                    .toList();
        }
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    private static void addEverywhere(
            List<Draft> into, String text, String simplified, Set<String> names, String label, String source) {
        for (String name : names) {
            for (String haystack : text.equals(simplified) ? List.of(text) : List.of(text, simplified)) {
                for (int at = haystack.indexOf(name); at >= 0; at = haystack.indexOf(name, at + name.length())) {
                    int start = at;
                    if (into.stream()
                            .noneMatch(d -> d.start() == start && d.label().equals(label))) {
                        into.add(new Draft("entity", label, at, at + name.length(), Map.of(), source));
                    }
                }
            }
        }
    }

    /** Spans of a layer may nest but not cross: of two crossing entities the earlier-found one stays. */
    private static List<Draft> withoutCrossings(List<Draft> entities) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : entities) {
            boolean crosses = kept.stream()
                    .anyMatch(k -> k.start() < d.end()
                            && d.start() < k.end()
                            && !(k.start() <= d.start() && d.end() <= k.end())
                            && !(d.start() <= k.start() && k.end() <= d.end()));
            boolean duplicate = kept.stream().anyMatch(k -> k.start() == d.start() && k.end() == d.end());
            if (!crosses && !duplicate) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static Draft line(String label, Line line) {
        return new Draft("structure", label, line.start(), line.end(), Map.of(), LAYOUT);
    }

    private static ArrayNode toJson(Page page, List<Draft> structural, List<Draft> entities) {
        Comparator<Draft> order = Comparator.comparingInt(Draft::start)
                .thenComparing(Comparator.comparingInt(Draft::end).reversed());
        ArrayNode spans = JsonNodeFactory.instance.arrayNode();
        int n = 0;
        for (Draft d : structural.stream().sorted(order).toList()) {
            add(spans, page, d, String.format("s%03d", ++n));
        }
        n = 0;
        for (Draft d : entities.stream().sorted(order).toList()) {
            add(spans, page, d, String.format("e%03d", ++n));
        }
        return spans;
    }

    private static void add(ArrayNode spans, Page page, Draft d, String id) {
        ObjectNode span = spans.addObject();
        span.put("id", id);
        span.put("layer", d.layer());
        span.put("label", d.label());
        span.put("start", page.codePoint(d.start()));
        span.put("end", page.codePoint(d.end()));
        span.put("text", page.text().substring(d.start(), d.end()));
        if (!d.attrs().isEmpty()) {
            ObjectNode attrs = span.putObject("attrs");
            d.attrs().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> attrs.put(e.getKey(), e.getValue()));
        }
        span.put("source", d.source());
    }
}
