package zhengfa.corpus.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The source registry the project ships (schema/sources.json): a vocabulary drafting relies on, so
 * its promises are checked here: its size, no printed name under two keys, every entry's lists
 * documented in sources.provenance.md, and the regions real divisions.
 */
class SourceRegistryTest {

    private static final Path SCHEMA = Path.of("schema");

    @Test
    void theRegistryIsAVocabularyOfChineseLanguagePublications() throws Exception {
        // CuratorBuildIT builds copies of the project whose schema/ is the seed fixture's: the registry is this
        // checkout's
        Assumptions.assumeTrue(
                Files.exists(SCHEMA.resolve("sources.provenance.md")),
                "schema/ is not the project's registry (a copy with the seed fixture's schema)");
        ProjectVocabulary vocabulary = ProjectVocabulary.load(SCHEMA);
        Map<String, Source> entries = vocabulary.sources().entries();
        assertTrue(entries.size() >= 200, entries.size() + " entries");
        Map<String, String> keyByName = new HashMap<>();
        for (Map.Entry<String, Source> e : entries.entrySet()) {
            for (String name : e.getValue().printedNames()) {
                String other = keyByName.put(name, e.getKey());
                assertTrue(
                        other == null || other.equals(e.getKey()),
                        name + " is printed for " + other + " and " + e.getKey());
            }
            if (e.getValue().region() != null) {
                assertTrue(
                        vocabulary.regions().find(e.getValue().region()).isPresent(),
                        e.getKey() + ": " + e.getValue().region());
            }
        }
        String provenance = Files.readString(SCHEMA.resolve("sources.provenance.md"));
        entries.values().stream()
                .flatMap(s -> s.listedIn().stream())
                .distinct()
                .forEach(list -> assertTrue(
                        provenance.contains("`" + list + "`"), list + " is not described in sources.provenance.md"));
        assertEquals("fazhi-ribao", keyByName.get("法制日报"), "the former name of 法治日报 (before August 2020)");
        for (String kind : List.of("court", "procuratorate", "public-security", "news-agency")) {
            assertTrue(entries.values().stream().anyMatch(s -> s.kind().equals(kind)), kind);
        }
        for (String place : Set.of("710000", "810000", "820000")) {
            assertTrue(
                    entries.values().stream()
                                    .filter(s -> place.equals(s.region()))
                                    .count()
                            >= 10,
                    place);
        }
        assertTrue(new ObjectMapper()
                .readTree(SCHEMA.resolve("sources.json").toFile())
                .has(Source.UNKNOWN));
    }

    @Test
    void aNamePrintedForTwoSourcesIsRefused(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("sources.json"), """
                {"a-paper": {"name_zh": "某某日报", "name_en": "A", "kind": "newspaper"},
                 "b-site": {"name_zh": "某某网", "name_en": "B", "kind": "website", "aliases": ["某某日报"]},
                 "unknown": {"name_zh": "未知", "name_en": "Unknown", "kind": "unknown"}}
                """);
        VocabularyException e = org.junit.jupiter.api.Assertions.assertThrows(
                VocabularyException.class, () -> Sources.load(file, new ObjectMapper()));
        assertTrue(e.getMessage().contains("某某日报 is printed for both"), e.getMessage());
    }
}
