package zhengfa.corpus.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;

/** Taiwan's, Hong Kong's and Macau's own place names, which GB/T 2260 does not list, point to their territory everywhere. */
class RegionsTest {

    private final Regions regions = CorpusFixture.vocabulary().regions();

    @Test
    void aTerritorysOwnPlacesFindIt() {
        assertEquals(List.of("710000"), codes(regions.search("屏东")));
        assertEquals(List.of("710000"), codes(regions.search("屏东县")));
        assertEquals(List.of("810000"), codes(regions.search("旺角")));
        assertEquals(List.of("820000"), codes(regions.search("氹仔")));
        assertEquals("620982", regions.search("敦煌").get(0).code(), "a mainland county as before");
    }

    /** What validate looks for in a text: a Taiwan article naming 屏东县 names its region. */
    @Test
    void aTerritorysOwnPlacesAreAmongTheNamesAroundIt() {
        Region taiwan = regions.find("710000").orElseThrow();
        assertTrue(
                regions.namesAround(taiwan).contains("屏东县"),
                regions.namesAround(taiwan).toString());
        assertTrue(
                regions.territoryNamesOf(regions.find("620982").orElseThrow()).isEmpty());
    }

    private static List<String> codes(List<Region> found) {
        return found.stream().map(Region::code).toList();
    }
}
