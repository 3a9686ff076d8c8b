package zhengfa.corpus.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts gathered in shares (Spark tasks) and added together equal the counts gathered in one pass. */
class ReleaseStatisticsSharesTest {

    private static final List<ReleaseStatistics.Contribution> ARTICLES = List.of(
            new ReleaseStatistics.Contribution(
                    480,
                    "110000 北京市",
                    "110000 北京市",
                    2023,
                    "Hans",
                    "fzrb",
                    "news",
                    null,
                    3,
                    Map.of("entity/PER", 2, "entity/LOC", 1),
                    Map.of("entity/PER", 1)),
            new ReleaseStatistics.Contribution(
                    9_000,
                    "650000 新疆维吾尔自治区",
                    "650000 新疆维吾尔自治区",
                    2021,
                    "Hant",
                    "xjrb",
                    "interview",
                    "site-a",
                    0,
                    Map.of(),
                    Map.of()),
            new ReleaseStatistics.Contribution(
                    1_500,
                    "110000 北京市",
                    "110000 北京市",
                    2023,
                    "Hans",
                    "fzrb",
                    "news",
                    "site-b",
                    1,
                    Map.of("entity/LOC", 1),
                    Map.of()));

    @Test
    void sharesAddUpToOnePass() {
        ReleaseStatistics whole = new ReleaseStatistics();
        ARTICLES.forEach(whole::add);
        ReleaseStatistics first = new ReleaseStatistics();
        first.add(ARTICLES.get(0));
        ReleaseStatistics second = new ReleaseStatistics();
        second.add(ARTICLES.get(1));
        second.add(ARTICLES.get(2));

        ReleaseStatistics merged = new ReleaseStatistics();
        merged.add(second);
        merged.add(first);

        assertEquals(whole.articles(), merged.articles());
        assertEquals(whole.spans(), merged.spans());
        assertEquals(whole.characters(), merged.characters());
        assertEquals(whole.facets(), merged.facets());
        assertEquals(whole.silverByLabel(), merged.silverByLabel());
        assertEquals(whole.textLengths(), merged.textLengths());
        assertEquals(whole.longest(), merged.longest());
        assertEquals(whole.retrievalSites(), merged.retrievalSites());
        assertEquals(Map.of("2021", 1, "2023", 2), merged.facets().get("year"));
    }
}
