package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

/**
 * `package` into a real full disk and a real read-only one: a small tmpfs mounted in a mount
 * namespace of its own ({@code unshare -rm}, which needs no root where the kernel lets users
 * make namespaces), with the CLI jar run inside it. The disk fills at several points of the
 * release (the tables, the metadata, the schema copy); each time the run exits 3, names the file it
 * could not write and says what to do, and leaves nothing in dist but what was there.
 */
class FullDiskIT {

    @TempDir
    Path tmp;

    private record Run(int exit, String output, List<String> left) {}

    /** Runs package with dist on a tmpfs of this size (mounted read-only if asked), in its own mount namespace. */
    private Run packageOnto(String size, boolean readOnly) throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("disk-" + size + (readOnly ? "-ro" : "")));
        Path listing = tmp.resolve("left-" + size + (readOnly ? "-ro" : "") + ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(
                " ",
                List.of(
                        "mount -t tmpfs -o size=" + size + (readOnly ? ",ro" : "") + " tmpfs " + quote(mount)
                                + " || exit 97;",
                        quote(java),
                        "-jar",
                        quote(ReleaseDirectory.cliJar()),
                        "package",
                        quote("--corpus=" + CorpusFixture.seedCorpus()),
                        quote("--schema=" + CorpusFixture.seedSchema()),
                        quote("--dist=" + mount.resolve("dist")),
                        "--release-version=0.1.0",
                        "--release-date=2026-11-22T00:00:00Z;",
                        "code=$?; (cd " + quote(mount) + " && find . -mindepth 1 | sort) > " + quote(listing)
                                + "; exit $code"));
        Process process = new ProcessBuilder("unshare", "-rm", "sh", "-c", command)
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "package onto a full disk did not finish in 3 minutes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(
                process.exitValue() != 97 && !output.contains("unshare: "),
                "this machine does not let a user mount a small tmpfs in a namespace of its own (unshare -rm), so a full disk is not tried: "
                        + output.strip());
        List<String> left = Files.isRegularFile(listing) ? Files.readAllLines(listing) : List.of();
        return new Run(process.exitValue(), output, left);
    }

    private static String quote(Object s) {
        return "'" + s.toString().replace("'", "'\\''") + "'";
    }

    @Test
    void aFullDiskAtAnyPointNamesTheFileSaysWhatToDoAndPublishesNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        // from a disk that cannot hold the first table to one that fills while copying the schema
        for (String size : new String[] {"40k", "120k", "300k", "600k"}) {
            Run run = packageOnto(size, false);
            String error = run.output()
                    .lines()
                    .filter(l -> l.startsWith("error:"))
                    .findFirst()
                    .orElse("");
            if (run.exit() != 3) {
                failures.add(size + ": exit " + run.exit() + ", not 3: " + run.output());
                continue;
            }
            if (!error.matches("error: cannot write the release to .*/dist: .*/dist/\\.staging-[^ ]*/\\S+.*")) {
                failures.add(size + ": the file is not named: " + error);
            }
            if (!error.contains(
                            "The disk is full: free some space on it, or give a --dist on another disk, and run again")
                    || !error.contains("Nothing was published")) {
                failures.add(size + ": no advice: " + error);
            }
            if (error.contains("java.") || error.contains("Exception")) {
                failures.add(size + ": a Java class name in the message: " + error);
            }
            if (run.left().stream().anyMatch(p -> p.contains(".staging-") || p.contains("zhengfa-corpus-0.1.0"))) {
                failures.add(size + ": left behind " + run.left());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aReadOnlyDiskSaysThatPlaceCannotBeWritten() throws Exception {
        Run run = packageOnto("1m", true);
        assertEquals(3, run.exit(), run.output());
        String error = run.output()
                .lines()
                .filter(l -> l.startsWith("error:"))
                .findFirst()
                .orElse("");
        assertTrue(
                error.contains(
                        "/dist: Read-only file system. That place cannot be written: give a --dist you can write to,"
                                + " or change its permissions. Nothing was published."),
                error);
        assertTrue(Stream.of("java.", "Exception").noneMatch(error::contains), error);
    }
}
