package zhengfa.corpus.release;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts by facet, gathered while the rows stream past; small and independent of corpus size. */
public final class ReleaseStatistics {

    private int articles;
    private int spans;
    private final SortedMap<String, Integer> byLabel = new TreeMap<>();
    private long characters;
    private final SortedMap<String, Integer> byRegion = new TreeMap<>();
    private final SortedMap<String, Integer> byProvince = new TreeMap<>();
    private final SortedMap<String, Integer> byYear = new TreeMap<>();
    private final SortedMap<String, Integer> byScript = new TreeMap<>();
    private final SortedMap<String, Integer> bySource = new TreeMap<>();
    private final SortedMap<String, Integer> byGenre = new TreeMap<>();
    private final java.util.SortedSet<String> retrievalSites = new java.util.TreeSet<>();

    void add(ReleaseArticle article) {
        articles++;
        characters += article.text().codePointCount(0, article.text().length());
        byRegion.merge(article.region().code() + " " + article.region().nameZh(), 1, Integer::sum);
        byProvince.merge(article.region().provinceCode() + " " + article.region().provinceNameZh(), 1, Integer::sum);
        byYear.merge(Integer.toString(article.date().year()), 1, Integer::sum);
        byScript.merge(article.sidecar().script(), 1, Integer::sum);
        bySource.merge(article.sidecar().source(), 1, Integer::sum);
        byGenre.merge(article.sidecar().genre(), 1, Integer::sum);
        if (article.sidecar().retrievedFrom() != null) {
            retrievalSites.add(article.sidecar().retrievedFrom());
        }
        for (var span : article.annotations().spans()) {
            spans++;
            byLabel.merge(span.layer() + "/" + span.label(), 1, Integer::sum);
        }
    }

    public int articles() {
        return articles;
    }

    /** Keys of the sites texts were retrieved from, where they differ from the publication. */
    public java.util.SortedSet<String> retrievalSites() {
        return java.util.Collections.unmodifiableSortedSet(retrievalSites);
    }

    public int spans() {
        return spans;
    }

    /** Rows written to a table. */
    public int rows(TableSchema table) {
        return table == AnnotationsTable.SCHEMA ? spans : articles;
    }

    public long characters() {
        return characters;
    }

    /** Facet name to (value to count), in a fixed order. */
    public Map<String, SortedMap<String, Integer>> facets() {
        var facets = new java.util.LinkedHashMap<String, SortedMap<String, Integer>>();
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
