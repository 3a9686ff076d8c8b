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
public record ReleaseChanges(
        String fromVersion,
        String toVersion,
        List<String> added,
        List<String> removed,
        List<ArticleChange> changed,
        SortedMap<String, SortedMap<String, int[]>> facetShifts,
        List<String> columnChanges,
        SemverBump suggested,
        SemverBump actual) {

    /**
     * One article present in both releases whose content differs.
     *
     * @param fields sidecar-derived columns whose value changed
     * @param relabelled span id → "OLD → NEW" label
     */
    public record ArticleChange(
            String id,
            boolean textChanged,
            List<String> fields,
            List<String> spansAdded,
            List<String> spansRemoved,
            Map<String, String> relabelled,
            List<String> spansMoved) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && columnChanges.isEmpty();
    }

    /**
     * The release's own bump in words, as the tool counts it: 0.2.0 to 0.3.0 raises the minor number,
     * which before 1.0.0 is a major bump (so a suggested minor bump is covered, not contradicted).
     */
    public String actualInWords() {
        if (SemverBump.initialDevelopmentMinor(fromVersion, toVersion)) {
            return "raises " + fromVersion + " to " + toVersion
                    + ": a new minor number before 1.0.0, which counts as a major bump";
        }
        return "is a " + actual.label() + " bump (" + fromVersion + " to " + toVersion + ")";
    }

    /** Whether the version bump is smaller than the changes call for. */
    public boolean versionTooSmall() {
        return actual.compareTo(suggested) < 0;
    }
}
