package zhengfa.corpus.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.cli.ExitCode;
import zhengfa.corpus.cli.Main;
import zhengfa.corpus.release.DistLock;
import zhengfa.corpus.release.ReleaseVerifier;

/**
 * Crash safety: packaging runs in a child JVM that is killed (SIGKILL) at 20 moments spread over
 * a whole run. After every kill, dist/ holds the previous release untouched and, under the new
 * release's name, either nothing or the complete, verifiable release; the next run cleans up
 * what the killed one left and succeeds.
 */
class KillDuringPackageIT {

    private static final int KILLS = 20;

    @TempDir
    Path tmp;

    private static List<String> packageCommand(Path corpus, Path dist, String version) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "package",
                "--corpus=" + corpus,
                "--schema=" + CorpusFixture.seedSchema(),
                "--dist=" + dist,
                "--release-version=" + version,
                "--release-date=2026-11-22"));
        return command;
    }

    private static int runInProcess(Path corpus, Path dist, String version) {
        return Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "package",
                "--corpus=" + corpus,
                "--schema=" + CorpusFixture.seedSchema(),
                "--dist=" + dist,
                "--release-version=" + version,
                "--release-date=2026-11-22");
    }

    @Test
    void killedAtTwentyMomentsLeavesEitherNothingOrACompleteRelease() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        Path dist = tmp.resolve("dist");
        assertEquals(ExitCode.OK, runInProcess(corpus.dir(), dist, "0.1.0"));
        Path previous = dist.resolve("zhengfa-corpus-0.1.0");
        // The new version has different content, so a complete 0.2.0 is distinguishable from 0.1.0.
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("genre", "news"));

        // How long one uninterrupted run takes, so that the kills are spread over all of it.
        long started = System.nanoTime();
        Process timing = new ProcessBuilder(packageCommand(corpus.dir(), tmp.resolve("timing-dist"), "0.2.0"))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("timing.log").toFile())
                .start();
        assertTrue(timing.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, timing.exitValue(), Files.readString(tmp.resolve("timing.log")));
        long runMillis = (System.nanoTime() - started) / 1_000_000;

        int completedBeforeKill = 0;
        for (int i = 0; i < KILLS; i++) {
            long delay = runMillis * (i + 1) / (KILLS + 1);
            Process child = new ProcessBuilder(packageCommand(corpus.dir(), dist, "0.2.0"))
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("kill-" + i + ".log").toFile())
                    .start();
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            } else {
                completedBeforeKill++;
            }

            assertEquals(
                    List.of(), new ReleaseVerifier(previous).verify(null).findings(), "kill " + i + " damaged 0.1.0");
            Path next = dist.resolve("zhengfa-corpus-0.2.0");
            if (Files.exists(next)) {
                assertEquals(
                        List.of(),
                        new ReleaseVerifier(next).verify(corpus.dir()).findings(),
                        "kill " + i + " left a partial 0.2.0");
                // Keep the next kill meaningful: it must again cut 0.2.0 from nothing.
                zhengfa.corpus.dataset.FileTree.deleteRecursively(next);
            }
            try (Stream<Path> entries = Files.list(dist)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    String name = entry.getFileName().toString();
                    // the lock file of a killed run stays, unlocked: the operating system released its lock
                    assertTrue(
                            name.equals("zhengfa-corpus-0.1.0")
                                    || name.startsWith(".staging-")
                                    || name.equals(DistLock.FILE),
                            "kill " + i + " left " + name + " in dist/");
                }
            }
        }
        assertTrue(completedBeforeKill < KILLS / 2, "too few kills landed during a run: " + completedBeforeKill);

        assertEquals(ExitCode.OK, runInProcess(corpus.dir(), dist, "0.2.0"));
        try (Stream<Path> entries = Files.list(dist)) {
            assertEquals(
                    List.of("zhengfa-corpus-0.1.0", "zhengfa-corpus-0.2.0"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the next run cleans up");
        }
        assertEquals(
                List.of(),
                new ReleaseVerifier(dist.resolve("zhengfa-corpus-0.2.0"))
                        .verify(corpus.dir())
                        .findings());
    }

    @Test
    void anUnwritableDistIsAClearErrorAndNothingIsLeft() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        // /proc is read-only even for root, which file permissions are not.
        Path dist = Path.of("/proc/zhengfa-corpus-dist");
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "package",
                "--corpus=" + corpus.dir(),
                "--schema=" + CorpusFixture.seedSchema(),
                "--dist=" + dist,
                "--release-version=0.1.0",
                "--release-date=2026-11-22");
        assertEquals(ExitCode.IO, exit, err.toString());
        assertTrue(err.toString().startsWith("error: cannot write the release to " + dist), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertFalse(Files.exists(dist));
    }
}
