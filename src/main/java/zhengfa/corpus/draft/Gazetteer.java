package zhengfa.corpus.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * The GB/T 2260 divisions by the names a text uses for them: the full name (乐山市), the name without
 * its administrative suffix (乐山, 新疆, 西双版纳) and, for autonomous prefectures, the short form with
 * 州 (西双版纳州). A short form shared by several divisions stays ambiguous; {@link #match} is
 * longest-first and left to right, over Simplified text.
 */
public final class Gazetteer {

    private static final List<String> PROVINCE_SUFFIXES = List.of("自治区", "特别行政区", "省", "市");
    private static final List<String> PREFECTURE_SUFFIXES = List.of("自治州", "地区", "盟", "市");
    private static final List<String> COUNTY_SUFFIXES = List.of("自治县", "自治旗", "县", "市", "区", "旗");
    /** The 55 minority nationalities, as autonomous areas name them (西双版纳傣族自治州, 长阳土家族自治县). */
    private static final List<String> NATIONALITIES = List.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
            "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡",
            "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
            "门巴", "珞巴", "基诺");
    /** Short forms that are ordinary words far more often than places. */
    private static final Set<String> NOT_PLACES = Set.of("城关", "新华", "和平", "长安", "城区", "郊区", "矿区", "新区",
            "中山", "东区", "西区", "南区", "北区", "开发", "高新", "经济", "铁西", "铁东", "通州", "永安", "新兴", "安全",
            "东方", "江南", "江北", "河东", "河西", "城中", "城东", "城西", "城南", "城北", "市中", "白云", "青山");

    /** A name occurring in the text: UTF-16 indexes of the matched name, and the divisions it may mean. */
    public record Match(int start, int end, String name, List<Region> regions) {
        public boolean ambiguous() {
            return regions.size() != 1;
        }
    }

    private final Regions regions;
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final int longest;

    public Gazetteer(Regions regions) {
        this.regions = regions;
        for (Region region : regions.all()) {
            String name = region.nameZh();
            add(name, region);
            String stem = shortName(region);
            if (stem.length() >= 2 && !stem.equals(name) && !NOT_PLACES.contains(stem)) {
                add(stem, region);
                if (name.endsWith("自治州")) {
                    add(stem + "州", region);
                }
            }
        }
        this.longest = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The name without its administrative suffix and nationalities: 新疆, 西双版纳, 乐山, 犍为. */
    public static String shortName(Region region) {
        String name = region.nameZh();
        List<String> suffixes = switch (region.level()) {
            case PROVINCE -> PROVINCE_SUFFIXES;
            case PREFECTURE -> PREFECTURE_SUFFIXES;
            case COUNTY -> COUNTY_SUFFIXES;
        };
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String nationality : NATIONALITIES) {
                // Provinces drop the 族 (新疆维吾尔自治区), prefectures and counties keep it (西双版纳傣族自治州).
                for (String suffix : List.of(nationality + "族", nationality)) {
                    if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                        name = name.substring(0, name.length() - suffix.length());
                        stripped = true;
                        break;
                    }
                }
            }
        }
        return name;
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
        for (int i = 0; i < simplified.length(); ) {
            Match found = null;
            for (int len = Math.min(longest, simplified.length() - i); len >= 2; len--) {
                List<Region> hit = byName.get(simplified.substring(i, i + len));
                if (hit != null) {
                    found = new Match(i, i + len, simplified.substring(i, i + len), List.copyOf(hit));
                    break;
                }
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
                    .filter(r -> !m.ambiguous() && (r.level() != Region.Level.COUNTY || m.name().equals(r.nameZh()))
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
        Comparator<Map.Entry<Region, Integer>> order = Comparator.<Map.Entry<Region, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> e.getKey().level().ordinal());
        Optional<Region> best = support.entrySet().stream().max(order).map(Map.Entry::getKey);
        // Descend while a division below is named as often as its parent's own mentions.
        while (best.isPresent()) {
            Region parent = best.get();
            Optional<Region> child = counts.entrySet().stream()
                    .filter(e -> regions.parent(e.getKey()).filter(parent::equals).isPresent())
                    .filter(e -> e.getValue() >= counts.getOrDefault(parent, 0) && e.getValue() > 0)
                    .max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey);
            if (child.isEmpty() || child.get().level() == Region.Level.COUNTY && counts.getOrDefault(child.get(), 0) < 2) {
                break;
            }
            best = child;
        }
        return best;
    }

    public Regions regions() {
        return regions;
    }
}
