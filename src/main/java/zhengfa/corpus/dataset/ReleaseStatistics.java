package zhengfa.corpus.dataset;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import zhengfa.corpus.table.TableSchema;

/** Counts by facet, gathered while the rows stream past; small and independent of corpus size. */
public final class ReleaseStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    private int articles;
    private int spans;
    private final SortedMap<String, Integer> byLabel = new TreeMap<>();
    private final SortedMap<String, Integer> silverByLabel = new TreeMap<>();
    private long characters;
    private final SortedMap<String, Integer> byRegion = new TreeMap<>();
    private final SortedMap<String, Integer> byProvince = new TreeMap<>();
    private final SortedMap<String, Integer> byYear = new TreeMap<>();
    private final SortedMap<String, Integer> byScript = new TreeMap<>();
    private final SortedMap<String, Integer> bySource = new TreeMap<>();
    private final SortedMap<String, Integer> byGenre = new TreeMap<>();
    private final SortedSet<String> retrievalSites = new TreeSet<>();
    /** Lower bounds, in characters, of the text length bins: fixed, so the counts take constant memory. */
    private static final int[] LENGTH_BINS = {0, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000};

    private final int[] byLength = new int[LENGTH_BINS.length];
    private long longest;

    /**
     * What one article adds to the counts, worked out on the thread that prepares it, so that the
     * thread writing the release only merges a handful of keys.
     */
    public record Contribution(
            long characters,
            String region,
            String province,
            int year,
            String script,
            String source,
            String genre,
            String retrievedFrom,
            int spans,
            Map<String, Integer> byLabel,
            Map<String, Integer> silverByLabel)
            implements Serializable {}

    public static Contribution contributionOf(ReleaseArticle article) {
        Map<String, Integer> labels = new HashMap<>();
        Map<String, Integer> silver = new HashMap<>();
        for (var span : article.annotations().spans()) {
            labels.merge(span.layer() + "/" + span.label(), 1, Integer::sum);
            if (!"gold".equals(span.source())) {
                silver.merge(span.layer() + "/" + span.label(), 1, Integer::sum);
            }
        }
        return new Contribution(
                article.text().codePointCount(0, article.text().length()),
                article.region().code() + " " + article.region().nameZh(),
                article.region().provinceCode() + " " + article.region().provinceNameZh(),
                article.date().year(),
                article.sidecar().script().code(),
                article.sidecar().source(),
                article.sidecar().genre(),
                article.sidecar().retrievedFrom(),
                article.annotations().spans().size(),
                labels,
                silver);
    }

    public void add(Contribution article) {
        articles++;
        characters += article.characters();
        int bin = LENGTH_BINS.length - 1;
        while (article.characters() < LENGTH_BINS[bin]) {
            bin--;
        }
        byLength[bin]++;
        longest = Math.max(longest, article.characters());
        byRegion.merge(article.region(), 1, Integer::sum);
        byProvince.merge(article.province(), 1, Integer::sum);
        byYear.merge(Integer.toString(article.year()), 1, Integer::sum);
        byScript.merge(article.script(), 1, Integer::sum);
        bySource.merge(article.source(), 1, Integer::sum);
        byGenre.merge(article.genre(), 1, Integer::sum);
        if (article.retrievedFrom() != null) {
            retrievalSites.add(article.retrievedFrom());
        }
        spans += article.spans();
        article.byLabel().forEach((label, count) -> byLabel.merge(label, count, Integer::sum));
        article.silverByLabel().forEach((label, count) -> silverByLabel.merge(label, count, Integer::sum));
    }

    /** Adds the counts of another share of the corpus (a Spark task's articles): counts commute, so shares may come in any order. */
    public void add(ReleaseStatistics share) {
        articles += share.articles;
        spans += share.spans;
        characters += share.characters;
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] += share.byLength[i];
        }
        longest = Math.max(longest, share.longest);
        mergeInto(byLabel, share.byLabel);
        mergeInto(silverByLabel, share.silverByLabel);
        mergeInto(byRegion, share.byRegion);
        mergeInto(byProvince, share.byProvince);
        mergeInto(byYear, share.byYear);
        mergeInto(byScript, share.byScript);
        mergeInto(bySource, share.bySource);
        mergeInto(byGenre, share.byGenre);
        retrievalSites.addAll(share.retrievalSites);
    }

    private static void mergeInto(Map<String, Integer> into, Map<String, Integer> from) {
        from.forEach((key, count) -> into.merge(key, count, Integer::sum));
    }

    /** Machine-drafted spans (source rule:… or model:…) by layer/label; the rest of {@code label (spans)} is gold. */
    public SortedMap<String, Integer> silverByLabel() {
        return Collections.unmodifiableSortedMap(silverByLabel);
    }

    public int articles() {
        return articles;
    }

    /** Keys of the sites texts were retrieved from, where they differ from the publication. */
    public SortedSet<String> retrievalSites() {
        return Collections.unmodifiableSortedSet(retrievalSites);
    }

    public int spans() {
        return spans;
    }

    /** Rows written to a table. */
    public int rows(TableSchema table) {
        return table.equals(AnnotationsTable.SCHEMA) ? spans : articles;
    }

    public long characters() {
        return characters;
    }

    /** Articles by text length in characters (code points), in bins of doubling width: "1000–1999" → count. */
    public Map<String, Integer> textLengths() {
        Map<String, Integer> bins = new LinkedHashMap<>();
        for (int i = 0; i < LENGTH_BINS.length; i++) {
            String label =
                    i + 1 < LENGTH_BINS.length ? LENGTH_BINS[i] + "–" + (LENGTH_BINS[i + 1] - 1) : LENGTH_BINS[i] + "+";
            bins.put(label, byLength[i]);
        }
        return bins;
    }

    /** The longest text, in characters. */
    public long longest() {
        return longest;
    }

    /** Facet name to (value to count), in a fixed order. */
    public Map<String, SortedMap<String, Integer>> facets() {
        var facets = new LinkedHashMap<String, SortedMap<String, Integer>>();
        facets.put("region", byRegion);
        facets.put("province", byProvince);
        facets.put("year", byYear);
        facets.put("script", byScript);
        facets.put("source", bySource);
        facets.put("genre", byGenre);
        facets.put("label (spans)", byLabel);
        return facets;
    }
}
