package zhengfa.corpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The controlled vocabularies a sidecar must draw from, read from the project's {@code schema/}
 * folder: GB/T 2260 regions by level, and the publications of {@code sources.json}. Lists keep
 * the files' order, so picking from them with a seeded random generator is deterministic.
 */
final class Registries {

    /** Provinces outside the mainland's political-legal system; real codes, but no article would be about them. */
    private static final Set<String> SKIPPED_PROVINCES = Set.of("710000", "810000", "820000");

    record Region(String code, String name) {}

    /** A publication; {@code nameHant} is null when sources.json gives no Traditional name. */
    record Source(String key, String nameZh, String nameHant, String kind) {
        boolean isUnknown() {
            return UNKNOWN.equals(key);
        }

        String asPrinted(Script script) {
            return script == Script.HANT && nameHant != null ? nameHant : nameZh;
        }
    }

    static final String UNKNOWN = "unknown";

    final List<Region> provinces;
    final List<Region> prefectures;
    final List<Region> counties;
    final Set<String> regionCodes;
    /** Every publication except "unknown". */
    final List<Source> knownSources;
    /** Websites, which a newspaper's article may have been retrieved from (retrieved_from). */
    final List<Source> websites;

    final Source unknownSource;

    private Registries(
            List<Region> provinces,
            List<Region> prefectures,
            List<Region> counties,
            List<Source> knownSources,
            Source unknownSource) {
        this.provinces = provinces;
        this.prefectures = prefectures;
        this.counties = counties;
        Set<String> codes = new HashSet<>();
        for (List<Region> level : List.of(provinces, prefectures, counties)) {
            level.forEach(r -> codes.add(r.code()));
        }
        this.regionCodes = Collections.unmodifiableSet(codes);
        this.knownSources = knownSources;
        this.websites =
                knownSources.stream().filter(s -> s.kind().equals("website")).toList();
        this.unknownSource = unknownSource;
    }

    static Registries load(Path schemaDir, ObjectMapper mapper) throws IOException {
        Path regions = schemaDir.resolve("regions");
        List<Region> provinces = readRegions(regions.resolve("provinces.csv"));
        provinces.removeIf(r -> SKIPPED_PROVINCES.contains(r.code()));
        List<Region> prefectures = readRegions(regions.resolve("prefectures.csv"));
        List<Region> counties = readRegions(regions.resolve("counties.csv"));
        List<Source> known = new ArrayList<>();
        Source unknown = null;
        JsonNode sources = mapper.readTree(schemaDir.resolve("sources.json").toFile());
        for (Map.Entry<String, JsonNode> e : sources.properties()) {
            JsonNode hant = e.getValue().get("name_zh_hant");
            Source source = new Source(
                    e.getKey(),
                    e.getValue().get("name_zh").asText(),
                    hant == null ? null : hant.asText(),
                    e.getValue().path("kind").asText());
            if (source.isUnknown()) {
                unknown = source;
            } else {
                known.add(source);
            }
        }
        if (unknown == null || known.isEmpty() || provinces.isEmpty() || prefectures.isEmpty() || counties.isEmpty()) {
            throw new IOException(schemaDir + ": sources.json needs \"unknown\" and one other source,"
                    + " and regions/ needs provinces, prefectures and counties");
        }
        return new Registries(
                List.copyOf(provinces), List.copyOf(prefectures), List.copyOf(counties), List.copyOf(known), unknown);
    }

    /** Rows of a regions CSV (code first, Simplified name second; the files have no quoting). */
    private static List<Region> readRegions(Path csv) throws IOException {
        List<Region> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",", -1);
                if (cells.length >= 2 && cells[0].matches("[0-9]{6}")) {
                    rows.add(new Region(cells[0], cells[1]));
                }
            }
        }
        return rows;
    }
}
