package zhengfa.corpus.release.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import zhengfa.corpus.dataset.ArticlesTable;
import zhengfa.corpus.dataset.Manifest;
import zhengfa.corpus.dataset.ReleaseReader;

/**
 * Compares two releases. Both articles tables are sorted by id, so they are merged in one
 * streaming pass; memory holds one article of each side at a time plus the list of changes.
 */
public final class ReleaseDiff {

    /** Columns compared as their own kind of change, or derived from others: not listed as field changes. */
    private static final Set<String> NOT_FIELDS =
            Set.of("id", "text", "text_sha256", "char_count", "body", "annotations", "content_sha256");

    /** The manifest's facets, each compared: the shifts a user of the release reads first. */
    private static final List<String> FACETS =
            List.of("source", "year", "genre", "province", "region", "script", "label (spans)");

    private ReleaseDiff() {}

    public static ReleaseChanges compare(ReleaseReader before, ReleaseReader after) throws IOException {
        Manifest oldManifest = before.manifest();
        Manifest newManifest = after.manifest();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<ReleaseChanges.ArticleChange> changed = new ArrayList<>();
        try (var olds = before.rows(ArticlesTable.SCHEMA);
                var news = after.rows(ArticlesTable.SCHEMA)) {
            JsonNode o = next(olds);
            JsonNode n = next(news);
            while (o != null || n != null) {
                int c = o == null
                        ? 1
                        : n == null
                                ? -1
                                : o.get("id").asText().compareTo(n.get("id").asText());
                if (c < 0) {
                    removed.add(o.get("id").asText());
                    o = next(olds);
                } else if (c > 0) {
                    added.add(n.get("id").asText());
                    n = next(news);
                } else {
                    ReleaseChanges.ArticleChange change = compareArticle(o, n);
                    if (change != null) {
                        changed.add(change);
                    }
                    o = next(olds);
                    n = next(news);
                }
            }
        }
        List<String> columnChanges = columnChanges(oldManifest, newManifest);
        SemverBump suggested = SemverBump.NONE;
        if (!changed.isEmpty()) {
            suggested = suggested.atLeast(SemverBump.PATCH);
        }
        if (!added.isEmpty() || columnChanges.stream().anyMatch(s -> s.startsWith("added"))) {
            suggested = suggested.atLeast(SemverBump.MINOR);
        }
        if (!removed.isEmpty() || columnChanges.stream().anyMatch(s -> !s.startsWith("added"))) {
            suggested = suggested.atLeast(SemverBump.MAJOR);
        }
        String from = oldManifest.version();
        String to = newManifest.version();
        return new ReleaseChanges(
                from,
                to,
                added,
                removed,
                changed,
                facetShifts(oldManifest, newManifest),
                columnChanges,
                suggested,
                SemverBump.between(from, to));
    }

    /**
     * A column one release lacks and the other leaves empty says nothing about the article: the
     * column's arrival is reported once, under columns, not as a change of every article.
     */
    private static boolean emptyOrAbsent(JsonNode value) {
        return value.isMissingNode() || value.isNull() || value.isContainerNode() && value.isEmpty();
    }

    private static JsonNode next(Iterator<JsonNode> rows) {
        return rows.hasNext() ? rows.next() : null;
    }

    private static ReleaseChanges.ArticleChange compareArticle(JsonNode o, JsonNode n) {
        if (o.path("content_sha256").equals(n.path("content_sha256")) && o.equals(n)) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        o.fieldNames().forEachRemaining(names::add);
        n.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!NOT_FIELDS.contains(name)
                    && !o.path(name).equals(n.path(name))
                    && !(emptyOrAbsent(o.path(name)) && emptyOrAbsent(n.path(name)))) {
                fields.add(name);
            }
        }
        boolean textChanged = !o.path("text").equals(n.path("text"));
        Map<String, JsonNode> oldSpans = spansById(o);
        Map<String, JsonNode> newSpans = spansById(n);
        List<String> spansAdded = new ArrayList<>();
        List<String> spansRemoved = new ArrayList<>();
        List<String> spansMoved = new ArrayList<>();
        Map<String, String> relabelled = new TreeMap<>();
        for (var entry : oldSpans.entrySet()) {
            JsonNode after = newSpans.get(entry.getKey());
            if (after == null) {
                spansRemoved.add(entry.getKey());
            } else if (!after.path("label").equals(entry.getValue().path("label"))
                    || !after.path("layer").equals(entry.getValue().path("layer"))) {
                relabelled.put(entry.getKey(), label(entry.getValue()) + " → " + label(after));
            } else if (!after.equals(entry.getValue())) {
                spansMoved.add(entry.getKey());
            }
        }
        for (String id : newSpans.keySet()) {
            if (!oldSpans.containsKey(id)) {
                spansAdded.add(id);
            }
        }
        if (!textChanged
                && fields.isEmpty()
                && spansAdded.isEmpty()
                && spansRemoved.isEmpty()
                && relabelled.isEmpty()
                && spansMoved.isEmpty()) {
            return null;
        }
        return new ReleaseChanges.ArticleChange(
                o.get("id").asText(), textChanged, fields, spansAdded, spansRemoved, relabelled, spansMoved);
    }

    private static String label(JsonNode span) {
        return span.path("layer").asText() + "/" + span.path("label").asText();
    }

    private static Map<String, JsonNode> spansById(JsonNode article) {
        Map<String, JsonNode> spans = new TreeMap<>();
        for (JsonNode span : article.path("annotations")) {
            spans.put(span.path("span_id").asText(), span);
        }
        return spans;
    }

    private static List<String> columnChanges(Manifest oldManifest, Manifest newManifest) {
        Map<String, String> before = columns(oldManifest);
        Map<String, String> after = columns(newManifest);
        List<String> changes = new ArrayList<>();
        for (var entry : before.entrySet()) {
            String type = after.get(entry.getKey());
            if (type == null) {
                changes.add("removed column " + entry.getKey());
            } else if (!type.equals(entry.getValue())) {
                changes.add("retyped column " + entry.getKey() + ": " + entry.getValue() + " → " + type);
            }
        }
        for (var entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                changes.add("added column " + entry.getKey() + " (" + entry.getValue() + ")");
            }
        }
        return changes;
    }

    private static Map<String, String> columns(Manifest manifest) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Manifest.Table table : manifest.tables()) {
            for (Manifest.Column column : table.columns()) {
                columns.put(table.name() + "." + column.name(), column.type() + (column.nullable() ? "?" : ""));
            }
        }
        return columns;
    }

    private static SortedMap<String, SortedMap<String, int[]>> facetShifts(Manifest oldManifest, Manifest newManifest) {
        SortedMap<String, SortedMap<String, int[]>> shifts = new TreeMap<>();
        for (String facet : FACETS) {
            Map<String, Integer> before = oldManifest.facets().getOrDefault(facet, Map.of());
            Map<String, Integer> after = newManifest.facets().getOrDefault(facet, Map.of());
            SortedMap<String, int[]> values = new TreeMap<>();
            Set<String> keys = new TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String key : keys) {
                int b = before.getOrDefault(key, 0);
                int a = after.getOrDefault(key, 0);
                if (a != b) {
                    values.put(key, new int[] {b, a});
                }
            }
            if (!values.isEmpty()) {
                shifts.put(facet, values);
            }
        }
        return shifts;
    }
}
