package zhengfa.corpus.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The GB/T 2260 vocabulary copied into {@code schema/regions/} (see its SOURCE.md): provinces with
 * their English names and ISO 3166-2 codes, prefectures and counties. The province of any code is
 * its first two digits followed by {@code 0000}.
 */
public final class Regions {

    private static final List<String> PROVINCE_SUFFIXES = List.of("自治区", "特别行政区", "省", "市");
    private static final List<String> PREFECTURE_SUFFIXES = List.of("自治州", "地区", "盟", "市");
    private static final List<String> COUNTY_SUFFIXES = List.of("自治县", "自治旗", "县", "市", "区", "旗");
    /** The 55 minority nationalities, as autonomous areas name them (西双版纳傣族自治州, 长阳土家族自治县). */
    private static final List<String> NATIONALITIES = List.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
            "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯",
            "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴",
            "基诺");

    private final Map<String, Region> byCode;

    private final Map<String, List<Region>> childrenByCode;

    /** Taiwan's, Hong Kong's and Macau's own place names by the code they point to (territory-names.txt). */
    private final Map<String, List<String>> territoryNames;

    private Regions(Map<String, Region> byCode) {
        this.byCode = Map.copyOf(byCode);
        this.territoryNames = readTerritoryNames(this.byCode);
        Map<String, List<Region>> children = new HashMap<>();
        for (Region region : byCode.values()) {
            parent(region)
                    .ifPresent(up -> children.computeIfAbsent(up.code(), k -> new java.util.ArrayList<>())
                            .add(region));
        }
        this.childrenByCode = Map.copyOf(children);
    }

    public static Regions load(Path regionsDir) throws VocabularyException {
        Map<String, String[]> provinces = new HashMap<>();
        readCsv(
                regionsDir.resolve("provinces.csv"),
                "code,name_zh,name_en,iso_3166_2",
                4,
                row -> provinces.put(row[0], row));
        Map<String, Region> regions = new HashMap<>();
        for (String[] p : provinces.values()) {
            regions.put(p[0], new Region(p[0], p[1], Region.Level.PROVINCE, p[0], p[1], p[2], p[3]));
        }
        readCsv(
                regionsDir.resolve("prefectures.csv"),
                "code,name_zh,province_code",
                3,
                row -> regions.put(row[0], below(row[0], row[1], Region.Level.PREFECTURE, provinces)));
        readCsv(
                regionsDir.resolve("counties.csv"),
                "code,name_zh,prefecture_code",
                3,
                row -> regions.put(row[0], below(row[0], row[1], Region.Level.COUNTY, provinces)));
        return new Regions(regions);
    }

    private static Region below(String code, String name, Region.Level level, Map<String, String[]> provinces) {
        String provinceCode = provinceCodeOf(code);
        String[] p = provinces.get(provinceCode);
        if (p == null) {
            throw new IllegalArgumentException(code + " " + name + " has no province " + provinceCode);
        }
        return new Region(code, name, level, provinceCode, p[1], p[2], p[3]);
    }

    public static String provinceCodeOf(String code) {
        return code.substring(0, 2) + "0000";
    }

    private static void readCsv(Path file, String header, int columns, Consumer<String[]> sink)
            throws VocabularyException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (!header.equals(first)) {
                throw new VocabularyException(file, "expected the header '" + header + "', found '" + first + "'");
            }
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                // The files are documented to have no quoting, so a split is a complete parser here.
                String[] row = line.split(",", -1);
                if (row.length != columns || !row[0].matches("[0-9]{6}")) {
                    throw new VocabularyException(
                            file,
                            "line " + lineNo + ": expected " + columns
                                    + " comma-separated values starting with a 6-digit code, found '" + line + "'");
                }
                try {
                    sink.accept(row);
                } catch (IllegalArgumentException e) {
                    throw new VocabularyException(file, "line " + lineNo + ": " + e.getMessage());
                }
            }
        } catch (VocabularyException e) {
            throw e;
        } catch (IOException e) {
            throw new VocabularyException(file, "cannot be read: " + e.getMessage());
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every division, by code. */
    public Collection<Region> all() {
        return byCode.values();
    }

    /** The division directly above: a county's prefecture (where GB/T 2260 has one), a prefecture's province. */
    public Optional<Region> parent(Region region) {
        return switch (region.level()) {
            case PROVINCE -> Optional.empty();
            case PREFECTURE -> find(region.provinceCode());
            case COUNTY -> find(region.code().substring(0, 4) + "00").or(() -> find(region.provinceCode()));
        };
    }

    /**
     * Divisions for a code, a code prefix, a name or part of a name (Simplified, as GB/T 2260 writes
     * them): exact names first, then by level and code. A name with its suffix (敦煌市) and without
     * (敦煌) both find 敦煌市.
     */
    public List<Region> search(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        Comparator<Region> order = Comparator.<Region>comparingInt(
                        r -> r.nameZh().equals(q) || r.code().equals(q) ? 0 : 1)
                .thenComparing(Region::level)
                .thenComparing(Region::code);
        return byCode.values().stream()
                .filter(r -> q.matches("[0-9]{1,6}")
                        ? r.code().startsWith(q)
                        : r.nameZh().contains(q)
                                || q.contains(r.nameZh()) && r.nameZh().length() >= 2
                                || territoryNamesOf(r).stream()
                                        .anyMatch(name -> name.equals(q) || name.length() >= 2 && q.contains(name)))
                .sorted(order)
                .toList();
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

    /**
     * The names a text may use for the region or the divisions above and below it: full and short
     * names (新疆维吾尔自治区, 新疆), for an autonomous prefecture also its short form with 州.
     */
    public List<String> namesAround(Region region) {
        List<Region> family = new java.util.ArrayList<>();
        family.add(region);
        for (Optional<Region> up = parent(region); up.isPresent(); up = parent(up.get())) {
            family.add(up.get());
        }
        for (Region child : childrenByCode.getOrDefault(region.code(), List.of())) {
            family.add(child);
            family.addAll(childrenByCode.getOrDefault(child.code(), List.of()));
        }
        List<String> names = new java.util.ArrayList<>();
        for (Region r : family) {
            names.addAll(namesOf(r));
            names.addAll(territoryNamesOf(r));
        }
        return names;
    }

    /**
     * The names Taiwan, Hong Kong and Macau are named by in texts besides their own (屏东县, 旺角, 氹仔,
     * 地检署), which GB/T 2260 does not list: the places' own divisions and institutions found in only
     * one of them. Simplified; empty for any other region.
     */
    public List<String> territoryNamesOf(Region region) {
        return territoryNames.getOrDefault(region.code(), List.of());
    }

    /** Every territory name with the region it points to, for a gazetteer. */
    public Map<String, Region> territoryNames() {
        Map<String, Region> all = new java.util.LinkedHashMap<>();
        territoryNames.forEach((code, names) -> names.forEach(name -> all.put(name, byCode.get(code))));
        return all;
    }

    private static Map<String, List<String>> readTerritoryNames(Map<String, Region> byCode) {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        try (java.io.InputStream in = Regions.class.getResourceAsStream("/zhengfa/corpus/vocab/territory-names.txt");
                java.io.BufferedReader reader = new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                // a schema/ without the territory's code (a cut-down test vocabulary) has no names for it
                if (byCode.containsKey(parts[0])) {
                    names.put(parts[0], List.of(parts).subList(1, parts.length));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }

    /** The names a text may use for a division: its full name, its short name, and for an autonomous prefecture the short name with 州. */
    public static List<String> namesOf(Region region) {
        String name = region.nameZh();
        String shortName = shortName(region);
        if (shortName.length() < 2 || shortName.equals(name)) {
            return List.of(name);
        }
        return name.endsWith("自治州") ? List.of(name, shortName, shortName + "州") : List.of(name, shortName);
    }

    public int size() {
        return byCode.size();
    }
}
