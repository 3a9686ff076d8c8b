package zhengfa.corpus.release.diff;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What changed from one release to the next, article by article and in the counts.
 *
 * @param facetShifts facet name → value → [count before, count after], for values whose count changed
 * @param columnChanges table columns added, removed or retyped
 */
public record ReleaseChanges(String fromVersion, String toVersion, List<String> added, List<String> removed,
                             List<ArticleChange> changed, SortedMap<String, SortedMap<String, int[]>> facetShifts,
                             List<String> columnChanges, SemverBump suggested, SemverBump actual) {

    /**
     * One article present in both releases whose content differs.
     *
     * @param fields sidecar-derived columns whose value changed
     * @param relabelled span id → "OLD → NEW" label
     */
    public record ArticleChange(String id, boolean textChanged, List<String> fields, List<String> spansAdded,
                                List<String> spansRemoved, Map<String, String> relabelled, List<String> spansMoved) { }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && columnChanges.isEmpty();
    }

    /** Whether the version bump is smaller than the changes call for. */
    public boolean versionTooSmall() {
        return actual.compareTo(suggested) < 0;
    }
}
