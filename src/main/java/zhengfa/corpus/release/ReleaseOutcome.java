package zhengfa.corpus.release;

import java.nio.file.Path;
import java.util.List;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.validation.ValidationReport;

/** What cutting a release came to. */
public sealed interface ReleaseOutcome {

    /**
     * The release was written and renamed into place; the report holds any warnings.
     *
     * @param changes     the changes from the earlier release; null when none was found
     * @param comparedWith the earlier release compared with, or where it was looked for in vain
     */
    record Written(
            Path release,
            int articles,
            String releaseId,
            ReleaseChanges changes,
            String comparedWith,
            ValidationReport report)
            implements ReleaseOutcome {}

    /** The release already existed with exactly these bytes; nothing was written. */
    record AlreadyIdentical(Path release, int articles, String releaseId, ValidationReport report)
            implements ReleaseOutcome {}

    /** The corpus is invalid; nothing was written. */
    record Invalid(ValidationReport report) implements ReleaseOutcome {}

    /**
     * A release of this version exists with other content; nothing was written.
     *
     * @param differences the articles and files that differ, one line each
     */
    record Conflict(Path release, List<String> differences) implements ReleaseOutcome {}

    /** Another package run holds the lock on the dist folder; nothing was read or written. */
    record Busy(Path dist, long pid) implements ReleaseOutcome {}
}
