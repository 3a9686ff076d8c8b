package zhengfa.corpus.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import zhengfa.corpus.writer.partition.ParquetLayout;

/**
 * What to cut: from which corpus, into which dist folder, as which version and dated when.
 * The date comes from the project (Maven's project.build.outputTimestamp), never from the clock,
 * so that rebuilding the same commit gives the same bytes.
 *
 * @param against the earlier release to describe the changes from; null to use the newest earlier
 *     version found in the dist folder
 * @param parquetLayout one Parquet file per table, or partitions by year, or shards
 * @param published where published dataset zips are looked for when the dist folder holds no
 *     earlier release
 */
public record ReleaseSpec(
        Path corpusDir,
        Path distDir,
        String version,
        LocalDate releaseDate,
        Path against,
        ParquetLayout parquetLayout,
        PublishedReleases published) {

    public ReleaseSpec(Path corpusDir, Path distDir, String version, LocalDate releaseDate) {
        this(corpusDir, distDir, version, releaseDate, null, new ParquetLayout.Single());
    }

    public ReleaseSpec(
            Path corpusDir,
            Path distDir,
            String version,
            LocalDate releaseDate,
            Path against,
            ParquetLayout parquetLayout) {
        this(corpusDir, distDir, version, releaseDate, against, parquetLayout, PublishedReleases.none());
    }

    public static final String NAME = "zhengfa-corpus";

    private static final java.util.regex.Pattern SEMANTIC_VERSION =
            java.util.regex.Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?");

    /** Whether a release may carry this version: a semantic version such as 0.1.0 or 0.2.0-SNAPSHOT. */
    public static boolean isSemanticVersion(String version) {
        return SEMANTIC_VERSION.matcher(version).matches();
    }

    public String releaseName() {
        return NAME + "-" + version;
    }

    public boolean isSnapshot() {
        return version.endsWith("-SNAPSHOT");
    }
}
