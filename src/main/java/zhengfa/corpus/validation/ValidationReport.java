package zhengfa.corpus.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects every finding of a run, in a stable order for printing. */
public final class ValidationReport implements FindingSink {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparing(f -> f.location().render())
            .thenComparing(f -> f.code().name())
            .thenComparing(Finding::message);

    private final List<Finding> findings = new ArrayList<>();
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);

    @Override
    public synchronized void report(Finding finding) {
        findings.add(finding);
        counts.merge(finding.severity(), 1, Integer::sum);
    }

    public synchronized List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return sorted;
    }

    public synchronized int count(Severity severity) {
        return counts.getOrDefault(severity, 0);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether the corpus may be released: no errors, and no warnings either when strict. */
    public boolean passes(boolean strict) {
        return !hasErrors() && !(strict && count(Severity.WARNING) > 0);
    }
}
