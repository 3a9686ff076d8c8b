package zhengfa.corpus.draft.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import zhengfa.corpus.draft.candidate.Candidate;
import zhengfa.corpus.draft.candidate.Decision;
import zhengfa.corpus.draft.candidate.Evidence;
import zhengfa.corpus.draft.candidate.FieldDraft;
import zhengfa.corpus.draft.places.Gazetteer;
import zhengfa.corpus.draft.places.HostPlaces;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * The article's locus: the division its headline, the place it was filed from and its lead name,
 * weighted in that order, as specific as they agree on. A county needs its full name or two
 * mentions, and must account for most of its prefecture's mentions; a prefecture most of its
 * province's. Where the places lie in several provinces, or the lead speaks of the whole country
 * (全国, 公安部) and the headline names no place, there is no single locus and the field stays
 * blank. A government site's address (gaj.xuchang.gov.cn) names the place when the text names none.
 */
public final class RegionExtractor {

    /**
     * The policy regions are decided by: a lower threshold than other fields', so that a single
     * place the lead names, with nothing against it (0.5), is drafted: on the tune half of the
     * labelled pages such regions were right every time (docs/drafting.md, "Calibration").
     */
    static final Decision POLICY = new Decision(0.5, Decision.DEFAULT.margin());

    static final double HEAD = 2;
    static final double FILED = 1.5;
    static final double LEAD = 1;
    static final double COUNTRY_TLD = 0.5;
    static final double HOST_ALONE = 0.62;
    /**
     * A .tw, .hk or .mo site whose headline and lead name no place: on the labelled tune pages such
     * articles were of the site's own territory 31 times in 34.
     */
    static final double TLD_ALONE = 0.6;
    /** A county or prefecture must hold this share of the mentions of the division above it. */
    static final double DESCEND = 0.6;

    private static final Pattern NATIONAL =
            Pattern.compile("全国|全國|公安部|最高人民法院|最高人民检察院|最高检|最高法|中央政法委|国务院|國務院|司法部|国家禁毒委|国家反诈中心|中共中央|党中央|黨中央");

    /**
     * The lead speaks of a province as a whole: its organs (省公安厅, 自治区人民检察院) or all of it
     * (全省, 我省). 全区 alone is also a district's word, so only an autonomous region's name before it counts.
     */
    private static final Pattern PROVINCE_WIDE =
            Pattern.compile("全省|我省|省委|省政府|省人民政府|省公安厅|省人民检察院|省检察院|省高级人民法院|省高院|省司法厅|省政法委|全自治区|自治区(?:党委|政府|人民政府"
                    + "|公安厅|人民检察院|检察院|高级人民法院|高院|司法厅|政法委)|(?:广西|内蒙古|西藏|宁夏|新疆)全区");

    private final Gazetteer gazetteer;
    private final HostPlaces hosts;

    public RegionExtractor(Gazetteer gazetteer, HostPlaces hosts) {
        this.gazetteer = gazetteer;
        this.hosts = hosts;
    }

    /** A passage the locus is read from, in Simplified, and where it stands. */
    public record Passage(String simplified, Evidence evidence) {}

    private record Weighted(Passage passage, double weight) {}

    /**
     * @param head    the headline and its decks
     * @param filed   the places datelines file from (台北 in 台北24日電)
     * @param lead    the lead's first paragraphs
     * @param deeper  the first paragraphs, the lead's among them: whether they name a division below the drafted one
     */
    public FieldDraft<Region> extract(
            List<Passage> head, List<Passage> filed, List<Passage> lead, List<String> deeper, String url) {
        Map<Region, Double> weight = new LinkedHashMap<>();
        Map<Region, Evidence> firstSeen = new HashMap<>();
        List<Weighted> all = new ArrayList<>();
        head.forEach(p -> all.add(new Weighted(p, HEAD)));
        filed.forEach(p -> all.add(new Weighted(p, FILED)));
        lead.forEach(p -> all.add(new Weighted(p, LEAD)));
        List<Gazetteer.Match> matches = new ArrayList<>();
        for (Weighted w : all) {
            matches.addAll(gazetteer.match(w.passage().simplified()));
        }
        Set<String> namedProvinces = new HashSet<>();
        Set<Region> inFull = new HashSet<>();
        for (Gazetteer.Match m : matches) {
            if (!m.ambiguous() && m.regions().get(0).level() != Region.Level.COUNTY) {
                namedProvinces.add(m.regions().get(0).provinceCode());
            }
        }
        for (Weighted w : all) {
            Passage p = w.passage();
            Region previous = null;
            int previousEnd = -1;
            for (Gazetteer.Match m : gazetteer.match(p.simplified())) {
                // a county's short name (平安 in 平安新疆), or an ambiguous name, counts only inside a province named
                // otherwise
                List<Region> readings = m.regions().stream()
                        .filter(r -> !m.ambiguous()
                                        && (r.level() != Region.Level.COUNTY
                                                || m.name().equals(r.nameZh()) && !Gazetteer.ordinaryWord(m.name()))
                                || namedProvinces.contains(r.provinceCode()))
                        .toList();
                if (readings.size() != 1) {
                    previous = null;
                    continue;
                }
                Region reading = readings.get(0);
                if (m.name().equals(reading.nameZh()) && !Gazetteer.ordinaryWord(m.name())
                        || reading.level() == Region.Level.COUNTY && ownsOrgan(p.simplified(), m)) {
                    inFull.add(reading);
                }
                // 平凉华亭, 广州市天河区: the place before qualifies the one after; the mention is the smaller place's
                if (previous != null && previousEnd == m.start() && isAncestor(previous, reading)) {
                    weight.merge(previous, -w.weight(), Double::sum);
                    if (weight.get(previous) <= 1e-9) {
                        weight.remove(previous);
                    }
                }
                weight.merge(reading, w.weight(), Double::sum);
                firstSeen.putIfAbsent(reading, p.evidence());
                previous = reading;
                previousEnd = m.end();
            }
        }
        Optional<Region> fromTld = tldRegion(url);
        if (weight.isEmpty() && fromTld.isPresent() && hosts.of(url).isEmpty()) {
            // a Taiwan, Hong Kong or Macau site's article that names no other place is of its own territory
            return new FieldDraft.Drafted<>(
                    new Candidate<>(
                            fromTld.get(),
                            TLD_ALONE,
                            Evidence.url(url),
                            "the site's country-code domain, and the text names no other place"),
                    TLD_ALONE,
                    List.of());
        }
        fromTld.ifPresent(r -> weight.merge(r, COUNTRY_TLD, Double::sum));
        // an outlet of Singapore or Malaysia writes of its own country as 我国; the Chinese places it names are often
        // elsewhere
        double abroad = foreignOutlet(url) ? 0.5 : 1;
        Optional<Region> fromHost = hosts.of(url);
        if (weight.isEmpty()) {
            return fromHost.<FieldDraft<Region>>map(r -> new FieldDraft.Drafted<>(
                            new Candidate<>(r, HOST_ALONE, Evidence.url(url), "the government site's address names it"),
                            HOST_ALONE,
                            List.of()))
                    .orElseGet(() -> new FieldDraft.Blank<>(
                            "the headline and lead name no place: national, or find the code" + " with `regions find`",
                            List.of()));
        }
        fromHost.ifPresent(r -> weight.merge(r, LEAD, Double::sum));
        Map<String, Double> provinces = new HashMap<>();
        weight.forEach((r, w) -> provinces.merge(r.provinceCode(), w, Double::sum));
        double total =
                provinces.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map.Entry<String, Double>> ranked = provinces.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        List<Candidate<Region>> candidates = new ArrayList<>();
        boolean headNamesPlace = head.stream().anyMatch(p -> firstSeen.containsValue(p.evidence()));
        boolean national = !headNamesPlace
                && lead.stream().anyMatch(p -> NATIONAL.matcher(p.simplified()).find());
        Optional<Region> chain = singleChain(weight.keySet());
        if (chain.isPresent()) {
            // every place named lies on one line from a province down: the article is about the smallest of them
            Region chosen = chain.get();
            if (chosen.level() == Region.Level.COUNTY
                    && weight.getOrDefault(chosen, 0.0) < 2
                    && !inFull.contains(chosen)) {
                chosen = gazetteer.regions().parent(chosen).orElse(chosen);
            }
            double confidence = (1 - Math.pow(0.5, total)) * abroad;
            String rule = "the smallest of the places the " + (headNamesPlace ? "headline, " : "")
                    + "dateline and lead name," + " which all lie one within another";
            if (national && !organOf(chosen, lead)) {
                confidence *= 0.5;
                rule += ", but the lead speaks of the whole country";
            }
            if (chosen.level() == Region.Level.PREFECTURE && namesBelow(chosen, deeper)) {
                confidence *= 0.5;
                rule += "; the text also names one county or district of it";
            }
            // the capital's own organ (广州互联网法院, 沈阳市公安局) keeps the article the city's
            Optional<Region> province =
                    organOf(chosen, lead) ? Optional.empty() : provinceOfItsCapital(chosen, head, firstSeen, lead);
            if (province.isPresent()) {
                chosen = province.get();
                rule += "; the capital's province, since the lead speaks of the whole province";
            }
            Region drafted = chosen;
            Evidence evidence = firstSeen.getOrDefault(
                    chosen, firstSeen.values().stream().findFirst().orElse(Evidence.url(String.valueOf(url))));
            return POLICY.decide(
                    List.of(new Candidate<>(drafted, Math.min(0.95, confidence), evidence, rule)), "no place");
        }
        for (Map.Entry<String, Double> province : ranked) {
            Region chosen = descend(province.getKey(), weight, inFull);
            double share = province.getValue() / total;
            // places in several provinces: only a clearly dominant one is the article's
            double confidence = share * share * (1 - Math.pow(0.5, total)) * abroad;
            String rule = "named in the " + (headNamesPlace ? "headline, " : "") + "dateline or lead";
            if (national && !organOf(chosen, lead)) {
                confidence *= 0.5;
                rule += ", but the lead speaks of the whole country";
            }
            if (chosen.level() == Region.Level.PREFECTURE && namesBelow(chosen, deeper)) {
                confidence *= 0.5;
                rule += "; the text also names a county or district of it";
            }
            Evidence evidence = firstSeen.getOrDefault(
                    chosen,
                    firstSeen.entrySet().stream()
                            .filter(e -> e.getKey().provinceCode().equals(province.getKey()))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(Evidence.url(String.valueOf(url))));
            candidates.add(new Candidate<>(chosen, Math.min(0.95, confidence), evidence, rule));
        }
        return POLICY.decide(candidates, "no place");
    }

    /**
     * The province, when the place is its capital city (a district of the capital stays), the
     * headline does not name the city, and the headline names the province or the lead speaks of the
     * whole province: a provincial organ's news filed from the capital (南宁4月8日电 … 自治区人民检察院 …
     * 全区检察机关) is the province's. GB/T 2260 numbers a province's capital first (450100 under
     * 450000); the municipalities have no capital to go up from.
     */
    private Optional<Region> provinceOfItsCapital(
            Region place, List<Passage> head, Map<Region, Evidence> firstSeen, List<Passage> lead) {
        Regions regions = gazetteer.regions();
        if (place.level() != Region.Level.PREFECTURE || !place.code().endsWith("0100")) {
            return Optional.empty();
        }
        Optional<Region> province = regions.parent(place).filter(p -> p.level() == Region.Level.PROVINCE);
        boolean headNamesCity = head.stream().anyMatch(p -> p.evidence().equals(firstSeen.get(place)));
        boolean headNamesProvince =
                province.isPresent() && head.stream().anyMatch(p -> p.evidence().equals(firstSeen.get(province.get())));
        boolean provinceWide = lead.stream()
                .anyMatch(p -> PROVINCE_WIDE.matcher(p.simplified()).find());
        return !headNamesCity && (headNamesProvince || provinceWide) ? province : Optional.empty();
    }

    /** Whether {@code up} is {@code down} or a division above it. */
    private boolean isAncestor(Region up, Region down) {
        for (Optional<Region> r = Optional.of(down);
                r.isPresent();
                r = gazetteer.regions().parent(r.get())) {
            if (r.get().equals(up)) {
                return true;
            }
        }
        return false;
    }

    /** The deepest of the places if every two of them lie one within the other, else empty. */
    private Optional<Region> singleChain(Set<Region> places) {
        Region deepest = null;
        for (Region r : places) {
            if (deepest == null || isAncestor(deepest, r)) {
                deepest = r;
            } else if (!isAncestor(r, deepest)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(deepest);
    }

    /** From the province down: the prefecture, then the county, that hold most of the mentions above them. */
    private Region descend(String provinceCode, Map<Region, Double> weight, Set<Region> inFull) {
        Regions regions = gazetteer.regions();
        Region current = regions.find(provinceCode).orElseThrow();
        double currentWeight = under(current, weight);
        while (true) {
            Region parent = current;
            Optional<Map.Entry<Region, Double>> child = regions.all().stream()
                    .filter(r -> regions.parent(r).filter(parent::equals).isPresent())
                    .map(r -> Map.entry(r, under(r, weight)))
                    .filter(e -> e.getValue() > 0)
                    .max(Comparator.comparingDouble(Map.Entry::getValue));
            if (child.isEmpty() || child.get().getValue() < DESCEND * currentWeight) {
                return current;
            }
            Region next = child.get().getKey();
            if (next.level() == Region.Level.COUNTY && weight.getOrDefault(next, 0.0) < 2 && !inFull.contains(next)) {
                return current;
            }
            current = next;
            currentWeight = child.get().getValue();
        }
    }

    /** The weight of a division and everything below it. */
    private double under(Region region, Map<Region, Double> weight) {
        double sum = 0;
        for (Map.Entry<Region, Double> e : weight.entrySet()) {
            for (Optional<Region> r = Optional.of(e.getKey());
                    r.isPresent();
                    r = gazetteer.regions().parent(r.get())) {
                if (r.get().equals(region)) {
                    sum += e.getValue();
                    break;
                }
            }
        }
        return sum;
    }

    /**
     * Whether the first paragraphs name exactly one county or district of the prefecture: then the
     * article may be about that one place. Several of them name a prefecture-wide article.
     */
    /** An organ of the place right after its name in the lead: 原州区检察院, 自贡市交警, 平鲁区陶村乡人民调解委员会. */
    private static final Pattern ORGAN_AFTER =
            Pattern.compile("^\\p{IsHan}{0,6}?(?:人民)?(?:检察院|法院|公安局|公安分局|分局|交警|派出所|司法局|司法所"
                    + "|政法委|人民政府|政府|调解委员会|纪委|监委|综治中心|看守所|监狱|戒毒所|消防)");

    /** A county's short name that names an organ of it is as sure as its full name: the organ is the county's own. */
    private static boolean ownsOrgan(String simplified, Gazetteer.Match m) {
        return Gazetteer.COUNTY_ORGAN
                .matcher(simplified)
                .region(m.end(), simplified.length())
                .lookingAt();
    }

    /**
     * Whether the lead's first paragraph names the place as the owner of an organ that acts in it: then 全国 or a
     * national body in the same lead is the campaign's frame (自全国开展"断卡"行动以来, 原州区检察院…),
     * not the article's locus.
     */
    private boolean organOf(Region place, List<Passage> lead) {
        // the first paragraph only: a national story often turns to a local organ in its second
        for (Passage p : lead.subList(0, Math.min(1, lead.size()))) {
            for (Gazetteer.Match m : gazetteer.match(p.simplified())) {
                if (m.regions().contains(place)
                        && ORGAN_AFTER
                                .matcher(p.simplified().substring(m.end()))
                                .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean namesBelow(Region prefecture, List<String> deeper) {
        Set<Region> below = new HashSet<>();
        for (String text : deeper) {
            for (Gazetteer.Match m : gazetteer.match(text)) {
                m.regions().stream()
                        .filter(r -> r.level() == Region.Level.COUNTY
                                && gazetteer
                                        .regions()
                                        .parent(r)
                                        .filter(prefecture::equals)
                                        .isPresent())
                        .forEach(below::add);
            }
        }
        return below.size() == 1;
    }

    private static boolean foreignOutlet(String url) {
        try {
            String host = url == null ? null : new URI(url.strip()).getHost();
            return host != null && (host.endsWith(".my") || host.endsWith(".sg"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Taiwan, Hong Kong and Macau by the country-code domain of the address. */
    private Optional<Region> tldRegion(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String code = host.endsWith(".tw")
                    ? "710000"
                    : host.endsWith(".hk") ? "810000" : host.endsWith(".mo") ? "820000" : null;
            return code == null ? Optional.empty() : gazetteer.regions().find(code);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
