package zhengfa.corpus.spark;

import java.util.List;
import zhengfa.corpus.validation.ValidationReport;

/** How a Spark release run ended; nothing is published unless it is {@link Published}. */
sealed interface SparkOutcome {

    ValidationReport report();

    record Published(String release, int articles, String releaseId, ValidationReport report) implements SparkOutcome {}

    record AlreadyIdentical(String release, String releaseId, ValidationReport report) implements SparkOutcome {}

    record Invalid(ValidationReport report) implements SparkOutcome {}

    record Conflict(String release, List<String> differences, ValidationReport report) implements SparkOutcome {}

    /**
     * The release folder exists without SHA256SUMS, the file an object store's publishing writes
     * last: an earlier run stopped while copying it into place.
     */
    record Unfinished(String release, ValidationReport report) implements SparkOutcome {}

    /** Another release job holds the output folder's lock: nothing was written. */
    record Locked(String lockFile, String owner, ValidationReport report) implements SparkOutcome {}

    /** The corpus changed between the validating and the writing pass. */
    record ChangedDuringRun(String articles, ValidationReport report) implements SparkOutcome {}
}
