package zhengfa.corpus.release;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.release.diff.SemverBump;

/**
 * The earlier release a new one is compared with: the one named by --against; else the newest
 * earlier version in the dist folder; else, since releases are not kept in git, the newest earlier
 * dataset zip in the local Maven repository ({@code zhengfa-corpus:zhengfa-corpus:<version>:zip:dataset},
 * there after {@code mvn install} or {@code mvn dependency:get}), or else the newest one in the
 * remote repositories the project deploys to ({@link RemoteReleases}, copied into the local one);
 * unpacked into a temporary folder that {@link #close} removes.
 */
final class PreviousRelease implements AutoCloseable {

    private static final String GROUP_AND_ARTIFACT = "zhengfa-corpus/zhengfa-corpus";

    private final ReleaseReader reader;
    private final String description;
    private final Path unpacked;

    private PreviousRelease(ReleaseReader reader, String description, Path unpacked) {
        this.reader = reader;
        this.description = description;
        this.unpacked = unpacked;
    }

    static PreviousRelease find(ReleaseSpec spec) throws IOException {
        if (spec.against() != null) {
            return new PreviousRelease(
                    new ReleaseReader(spec.against()), spec.against().toString(), null);
        }
        Path dist = spec.distDir().toAbsolutePath().normalize();
        String prefix = ReleaseSpec.NAME + "-";
        String best = null;
        if (Files.isDirectory(dist)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dist, prefix + "*")) {
                for (Path entry : entries) {
                    String version = entry.getFileName().toString().substring(prefix.length());
                    if (Files.isRegularFile(entry.resolve(ReleaseFiles.MANIFEST)) && isEarlier(version, spec, best)) {
                        best = version;
                    }
                }
            }
        }
        if (best != null) {
            Path found = dist.resolve(prefix + best);
            return new PreviousRelease(new ReleaseReader(found), found.toString(), null);
        }
        Path repository = spec.published().localRepository();
        Path published = repository == null ? null : repository.resolve(GROUP_AND_ARTIFACT);
        if (published != null && Files.isDirectory(published)) {
            try (DirectoryStream<Path> versions = Files.newDirectoryStream(published)) {
                for (Path dir : versions) {
                    String version = dir.getFileName().toString();
                    if (Files.isRegularFile(zipOf(published, version)) && isEarlier(version, spec, best)) {
                        best = version;
                    }
                }
            }
        }
        StringBuilder remoteTrouble = new StringBuilder();
        if (best == null && repository != null) {
            for (URI remote : spec.published().remoteRepositories()) {
                try {
                    best = RemoteReleases.fetchNewestBefore(remote, spec, repository.resolve(GROUP_AND_ARTIFACT));
                } catch (IOException e) {
                    remoteTrouble.append("; ").append(remote).append(": ").append(e.getMessage());
                }
                if (best != null) {
                    break;
                }
            }
        }
        if (best != null) {
            Path zip = zipOf(published, best);
            Path unpacked = Files.createTempDirectory("zhengfa-previous-");
            try {
                unzip(zip, unpacked);
                return new PreviousRelease(
                        new ReleaseReader(unpacked.resolve(prefix + best)), zip.toString(), unpacked);
            } catch (IOException | RuntimeException e) {
                FileTree.deleteRecursively(unpacked);
                throw e;
            }
        }
        List<URI> remotes = spec.published().remoteRepositories();
        return new PreviousRelease(
                null,
                "no earlier release in " + dist
                        + (repository == null ? "" : " or in the Maven repository " + repository)
                        + (remotes.isEmpty()
                                ? ""
                                : " or in "
                                        + remotes.stream().map(URI::toString).collect(Collectors.joining(", ")))
                        + remoteTrouble,
                null);
    }

    static boolean isEarlier(String version, ReleaseSpec spec, String best) {
        return version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")
                && SemverBump.compareVersions(version, spec.version()) < 0
                && (best == null || SemverBump.compareVersions(version, best) > 0);
    }

    static Path zipOf(Path published, String version) {
        return published.resolve(version).resolve(ReleaseSpec.NAME + "-" + version + "-dataset.zip");
    }

    /** Unpacks the zip into {@code into}, refusing any entry that would land outside it. */
    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException(zip + " holds an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
    }

    /** The release to compare with; null when none was found. */
    ReleaseReader reader() {
        return reader;
    }

    /** Which release it is, or where none was found. */
    String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        if (unpacked != null) {
            FileTree.deleteRecursively(unpacked);
        }
    }
}
