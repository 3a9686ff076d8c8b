package zhengfa.corpus.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.finding.Severity;

/**
 * Collects the findings of a run, in a stable order for printing. Every finding is counted, but
 * only the first {@code maxPerCode} of each code are kept, so that a corpus with a million broken
 * files cannot exhaust memory; reports say how many were counted but not listed.
 */
public final class ValidationReport implements FindingSink, Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MAX_PER_CODE = 1000;

    /**
     * By article, then its text before its sidecar before its annotations (a problem of the text,
     * such as CR line endings, explains span findings and must be read first), then by location:
     * lines and columns, byte offsets and JSON Pointer indexes compared as numbers ({@code /spans/10}
     * after {@code /spans/9}).
     */
    private static final Comparator<Finding> ORDER = Comparator.comparing(
                    (Finding f) -> articleOf(f.file()).orElse(""))
            .thenComparingInt(f -> fileRank(f.file()))
            .thenComparing(Finding::file)
            .thenComparing(Finding::location, ValidationReport::compareLocations)
            .thenComparing(f -> f.code().name())
            .thenComparing(Finding::message);

    private final int maxPerCode;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    private final Map<FindingCode, Integer> byCode = new EnumMap<>(FindingCode.class);
    private long omitted;
    /** Only articles with errors: a valid corpus, the one that is released, keeps nothing here. */
    private final Set<String> articlesWithErrors = new HashSet<>();

    public ValidationReport() {
        this(DEFAULT_MAX_PER_CODE);
    }

    public ValidationReport(int maxPerCode) {
        this.maxPerCode = maxPerCode;
    }

    @Override
    public synchronized void report(Finding finding) {
        int seen = byCode.merge(finding.code(), 1, Integer::sum);
        counts.merge(finding.severity(), 1, Integer::sum);
        if (finding.severity() == Severity.ERROR) {
            articleOf(finding.file()).ifPresent(articlesWithErrors::add);
        }
        if (seen <= maxPerCode) {
            findings.add(finding);
        } else {
            omitted++;
        }
    }

    /**
     * Adds what the report of another share of the corpus holds (a Spark task's articles, say), as
     * if its findings had been reported here in the order it received them: still at most the
     * per-code cap kept, and the ones it left out counted.
     */
    public synchronized void add(ValidationReport share) {
        Map<FindingCode, Integer> kept = new EnumMap<>(FindingCode.class);
        for (Finding finding : share.findings) {
            kept.merge(finding.code(), 1, Integer::sum);
            report(finding);
        }
        share.byCode.forEach((code, total) -> {
            int left = total - kept.getOrDefault(code, 0);
            if (left > 0) {
                byCode.merge(code, left, Integer::sum);
                counts.merge(code.severity(), left, Integer::sum);
                omitted += left;
            }
        });
        articlesWithErrors.addAll(share.articlesWithErrors);
    }

    /** The kept findings, sorted by file, location and code. */
    public synchronized List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return sorted;
    }

    private static int fileRank(String file) {
        return file.endsWith(".txt") ? 0 : file.endsWith(".meta.json") ? 1 : file.endsWith(".ann.json") ? 2 : 3;
    }

    private static int compareLocations(Location a, Location b) {
        if (a instanceof Location.LineColumn x && b instanceof Location.LineColumn y) {
            return x.line() != y.line() ? Long.compare(x.line(), y.line()) : Long.compare(x.column(), y.column());
        }
        if (a instanceof Location.ByteOffset x && b instanceof Location.ByteOffset y) {
            return Long.compare(x.offset(), y.offset());
        }
        if (a instanceof Location.JsonPointer x && b instanceof Location.JsonPointer y) {
            String[] p = x.pointer().split("/", -1);
            String[] q = y.pointer().split("/", -1);
            for (int i = 0; i < Math.min(p.length, q.length); i++) {
                int c = p[i].matches("[0-9]{1,9}") && q[i].matches("[0-9]{1,9}")
                        ? Integer.compare(Integer.parseInt(p[i]), Integer.parseInt(q[i]))
                        : p[i].compareTo(q[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(p.length, q.length);
        }
        return a.render().compareTo(b.render());
    }

    /** The stem of an article's file; nothing for a finding about the corpus folder itself or a stray entry. */
    private static Optional<String> articleOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(name.substring(0, dot));
    }

    /** How many articles (files sharing a stem) have at least one error. */
    public synchronized int articlesWithErrors() {
        return articlesWithErrors.size();
    }

    public synchronized int count(Severity severity) {
        return counts.getOrDefault(severity, 0);
    }

    public synchronized Map<FindingCode, Integer> countsByCode() {
        return Map.copyOf(byCode);
    }

    private int cachedArticles;
    private int unreadArticles;
    private int articles;

    /**
     * How many of the run's articles the validation cache knew as clean and did not check again,
     * and how many of those were not even read (their files' size and time were unchanged).
     */
    public synchronized void noteCached(int cached, int unread, int total) {
        this.cachedArticles = cached;
        this.unreadArticles = unread;
        this.articles = total;
    }

    public synchronized int unreadArticles() {
        return unreadArticles;
    }

    public synchronized int cachedArticles() {
        return cachedArticles;
    }

    public synchronized int articles() {
        return articles;
    }

    /** Findings counted but not kept because their code reached the cap. */
    public synchronized long omitted() {
        return omitted;
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether the corpus may be released: no errors, and no warnings either when strict. */
    public boolean passes(boolean strict) {
        return !hasErrors() && !(strict && count(Severity.WARNING) > 0);
    }
}
