package zhengfa.corpus.draft.places;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * The GB/T 2260 divisions by the names a text uses for them: the full name (乐山市), the name without
 * its administrative suffix (乐山, 新疆, 西双版纳) and, for autonomous prefectures, the short form with
 * 州 (西双版纳州). A short form shared by several divisions stays ambiguous; {@link #match} is
 * longest-first and left to right, over Simplified text.
 */
public final class Gazetteer {

    /** Short forms that are ordinary words far more often than places. */
    private static final Set<String> NOT_PLACES = Set.of(
            "城关", "新华", "和平", "长安", "城区", "郊区", "矿区", "新区", "中山", "东区", "西区", "南区", "北区", "开发", "高新", "经济", "铁西", "铁东",
            "通州", "永安", "新兴", "安全", "东方", "江南", "江北", "河东", "河西", "城中", "城东", "城西", "城南", "城北", "市中", "白云", "青山");

    /**
     * Words that begin with a place's name and do not name the place: Texas hold'em (德州扑克) in a
     * gambling advertisement, Beijing time (北京时间), a snack chain (沙县小吃) or a noodle shop (兰州拉面).
     */
    private static final List<String> NOT_PLACE_WORDS = List.of("德州扑克", "北京时间", "沙县小吃", "兰州拉面");

    /** A name occurring in the text: UTF-16 indexes of the matched name, and the divisions it may mean. */
    public record Match(int start, int end, String name, List<Region> regions) {
        public boolean ambiguous() {
            return regions.size() != 1;
        }
    }

    private final Regions regions;
    private final Map<String, List<Region>> byName = new HashMap<>();
    /** Counties whose short name is mostly another word (振兴, 公安): named only as an organ's owner, after their city. */
    private final Map<String, List<Region>> ordinaryShortNames = new HashMap<>();

    private final int longest;
    private final Segment segment = HanLP.newSegment().enableOffset(true);

    public Gazetteer(Regions regions) {
        this.regions = regions;
        for (Region region : regions.all()) {
            String shortName = Regions.shortName(region);
            boolean ordinaryWord =
                    NOT_PLACES.contains(shortName) || !shortName.equals(region.nameZh()) && mostlyNotAPlace(shortName);
            for (String name : Regions.namesOf(region)) {
                if (name.equals(region.nameZh()) || !ordinaryWord) {
                    add(name, region);
                }
            }
            if (ordinaryWord && !NOT_PLACES.contains(shortName) && region.level() == Region.Level.COUNTY) {
                ordinaryShortNames
                        .computeIfAbsent(shortName, k -> new ArrayList<>())
                        .add(region);
            }
        }
        addTerritoryNames();
        this.longest = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** How often HanLP's corpus must use a word as something other than a place before its short name stops naming one. */
    private static final int ORDINARY_USES = 5;

    /**
     * Whether HanLP's core dictionary, tagged from a corpus of news, knows a word mostly as something
     * other than a place name (ns), and at least {@link #ORDINARY_USES} times: 公安 is the police far
     * more often than 公安县, as are 资源, 合作, 中方, 南部, 平安 and 友好 words before they are counties.
     * Names it rarely or never saw (南漳, 西盟) stay places. The full name (公安县) always names the place.
     */
    static boolean mostlyNotAPlace(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        int place = 0;
        int other = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i].toString().startsWith("ns")) {
                place += attribute.frequency[i];
            } else {
                other += attribute.frequency[i];
            }
        }
        return other >= ORDINARY_USES && other > place;
    }

    /** Taiwan's, Hong Kong's and Macau's own place names, which GB/T 2260 does not divide; they name only their territory. */
    private void addTerritoryNames() {
        regions.territoryNames().forEach((name, region) -> byName.put(name, new ArrayList<>(List.of(region))));
    }

    private void add(String name, Region region) {
        List<Region> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(region)) {
            list.add(region);
        }
    }

    /** Every name of the gazetteer in {@code simplified}, longest first at each position, without overlaps. */
    public List<Match> match(String simplified) {
        List<Match> matches = new ArrayList<>();
        Set<Integer> wordStarts = wordStarts(simplified);
        for (int i = 0; i < simplified.length(); ) {
            int at = i;
            Optional<String> word = NOT_PLACE_WORDS.stream()
                    .filter(w -> simplified.startsWith(w, at))
                    .findFirst();
            if (word.isPresent()) {
                i += word.get().length();
                continue;
            }
            Match found = null;
            for (int len = Math.min(longest, simplified.length() - i); len >= 2; len--) {
                List<Region> hit = byName.get(simplified.substring(i, i + len));
                if (hit != null) {
                    found = new Match(i, i + len, simplified.substring(i, i + len), List.copyOf(hit));
                    break;
                }
            }
            if (found == null) {
                found = ownerOfOrgan(simplified, i).orElse(null);
            } else if (straddles(found, wordStarts)) {
                found = null;
            }
            if (found == null) {
                i++;
            } else {
                matches.add(found);
                i = found.end();
            }
        }
        return matches;
    }

    /**
     * An organ a county owns, named right after the county's short name: 西青分局, 鄄城法院, 长安区检察院.
     * Nothing may come between, and only organs a county owns (a prison or a village's mediation
     * committee named after a place is not that county's).
     */
    public static final Pattern COUNTY_ORGAN =
            Pattern.compile("(?:区|县|市|旗)?(?:人民)?(?:检察院|法院|公安局|公安分局|分局|交警大队|派出所|司法局|政法委|纪委|监委|看守所|消防救援大队)");

    /** How far before a county's organ its city must be named: 丹东市公安局 is six characters. */
    private static final int CITY_BEFORE_ORGAN = 8;

    /**
     * A county whose short name is mostly another word, named as the owner of one of its organs right
     * after its city (丹东市公安局振兴分局): the city and the organ leave the word no other reading.
     */
    private Optional<Match> ownerOfOrgan(String simplified, int at) {
        for (int len = Math.min(3, simplified.length() - at); len >= 2; len--) {
            String name = simplified.substring(at, at + len);
            List<Region> counties = ordinaryShortNames.get(name);
            if (counties == null
                    || !COUNTY_ORGAN
                            .matcher(simplified)
                            .region(at + len, simplified.length())
                            .lookingAt()) {
                continue;
            }
            String before = simplified.substring(Math.max(0, at - CITY_BEFORE_ORGAN), at);
            List<Region> owners = counties.stream()
                    .filter(county -> regions.parent(county)
                            .filter(city -> before.contains(city.nameZh()) || before.contains(Regions.shortName(city)))
                            .isPresent())
                    .toList();
            if (owners.size() == 1) {
                return Optional.of(new Match(at, at + len, name, owners));
            }
        }
        return Optional.empty();
    }

    /**
     * The division an article is about: the most often named province or prefecture in the given
     * matches, or a county if it is named at least twice and as often as its prefecture. Counties and
     * ambiguous names count only where the reading lies in a province the text names otherwise.
     */
    public Optional<Region> mostSpecific(List<Match> matches) {
        Map<Region, Integer> counts = new HashMap<>();
        Set<String> provinces = new LinkedHashSet<>();
        for (Match m : matches) {
            if (!m.ambiguous() && m.regions().get(0).level() != Region.Level.COUNTY) {
                provinces.add(m.regions().get(0).provinceCode());
            }
        }
        for (Match m : matches) {
            // A county's short name, or an ambiguous name, counts only inside a province the text names
            // otherwise: short county names are often ordinary words (平安 in 平安新疆 is not 平安区).
            List<Region> readings = m.regions().stream()
                    .filter(r -> !m.ambiguous()
                                    && (r.level() != Region.Level.COUNTY
                                            || m.name().equals(r.nameZh()) && !ordinaryWord(m.name()))
                            || provinces.contains(r.provinceCode()))
                    .toList();
            if (readings.size() == 1) {
                counts.merge(readings.get(0), 1, Integer::sum);
            }
        }
        // A name counts for the divisions above it too: 乐山 supports 四川 as well as 乐山市.
        Map<Region, Integer> support = new HashMap<>(counts);
        for (Map.Entry<Region, Integer> e : counts.entrySet()) {
            for (Optional<Region> up = regions.parent(e.getKey()); up.isPresent(); up = regions.parent(up.get())) {
                support.merge(up.get(), e.getValue(), Integer::sum);
            }
        }
        Comparator<Map.Entry<Region, Integer>> order = Comparator.<Map.Entry<Region, Integer>>comparingInt(
                        Map.Entry::getValue)
                .thenComparing(e -> e.getKey().level());
        Optional<Region> best = support.entrySet().stream().max(order).map(Map.Entry::getKey);
        // Descend while a division below is named as often as its parent's own mentions.
        while (best.isPresent()) {
            Region parent = best.get();
            Optional<Region> child = counts.entrySet().stream()
                    .filter(e ->
                            regions.parent(e.getKey()).filter(parent::equals).isPresent())
                    .filter(e -> e.getValue() >= counts.getOrDefault(parent, 0) && e.getValue() > 0)
                    .max(Comparator.comparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey);
            if (child.isEmpty()
                    || child.get().level() == Region.Level.COUNTY && counts.getOrDefault(child.get(), 0) < 2) {
                break;
            }
            best = child;
        }
        return best;
    }

    /**
     * Where the words of the text begin, as HanLP segments it: a place's short name that begins inside
     * a word is no mention of it (开平 in 召开平安, 会上 before 上海 in 大会上海南代表).
     */
    private Set<Integer> wordStarts(String simplified) {
        Set<Integer> starts = new HashSet<>();
        for (Term term : segment.seg(simplified)) {
            starts.add(term.offset);
        }
        return starts;
    }

    /** A name other than a division's full name, beginning inside a word of the text. */
    private static boolean straddles(Match match, Set<Integer> wordStarts) {
        return match.start() > 0
                && !wordStarts.contains(match.start())
                && match.regions().stream().noneMatch(r -> r.nameZh().equals(match.name()));
    }

    public Regions regions() {
        return regions;
    }

    /**
     * Whether a division's name is also an ordinary word (东区, 西区, 城区: Panzhihua's and Hong Kong's
     * districts, any town's quarters): such a name, even in full, counts only inside a province the
     * text names otherwise.
     */
    public static boolean ordinaryWord(String name) {
        return NOT_PLACES.contains(name);
    }
}
