package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

/**
 * The CLI jar, traced with strace (a prerequisite of mvn verify; .ci/run installs it): validate,
 * package and verify open no network connection, and write nothing outside dist/ and the JVM's
 * temporary folder (where zstd-jni unpacks its native library).
 */
class NoNetworkNoEscapeIT {

    private static final Pattern INET_CONNECT = Pattern.compile("connect\\(\\d+, \\{sa_family=AF_INET6?");
    private static final Pattern WRITE_OPEN =
            Pattern.compile("open(?:at)?\\((?:AT_FDCWD, )?\"([^\"]+)\", [^)]*(O_WRONLY|O_RDWR|O_CREAT)");
    private static final Pattern OTHER_WRITES = Pattern.compile(
            "(?:mkdir(?:at)?|rename(?:at2?)?|unlink(?:at)?|symlink(?:at)?)\\((?:AT_FDCWD, )?\"([^\"]+)\"");

    @TempDir
    Path tmp;

    private record Trace(int exit, List<String> lines) {}

    private Trace traced(String name, List<String> javaArgs) throws Exception {
        return traced(
                name,
                List.of(
                        "-e",
                        "trace=connect,open,openat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,symlink,symlinkat"),
                javaArgs);
    }

    /** The tool run under strace with these options (which calls; -y prints file descriptors with their paths). */
    private Trace traced(String name, List<String> options, List<String> javaArgs) throws Exception {
        assertTrue(
                onPath("strace"),
                "this test traces the tool with strace, and there is none on the PATH:"
                        + " install it (Debian: apt-get install strace; .ci/run does)");
        Path log = tmp.resolve(name + ".strace");
        List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", log.toString()));
        command.addAll(options);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + tmp.resolve("jvm-tmp")));
        command.addAll(javaArgs);
        Files.createDirectories(tmp.resolve("jvm-tmp"));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        return new Trace(p.exitValue(), Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static List<String> inetConnects(Trace trace) {
        return trace.lines().stream()
                .filter(l -> INET_CONNECT.matcher(l).find())
                .toList();
    }

    private List<String> writesOutside(Trace trace, Path... allowed) {
        List<String> outside = new ArrayList<>();
        for (String line : trace.lines()) {
            for (Pattern pattern : List.of(WRITE_OPEN, OTHER_WRITES)) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    Path path = Path.of(m.group(1)).toAbsolutePath().normalize();
                    boolean ok = path.startsWith("/dev")
                            || path.startsWith("/proc/self")
                            || Arrays.stream(allowed).anyMatch(path::startsWith);
                    if (!ok) {
                        outside.add(line);
                    }
                }
            }
        }
        return outside;
    }

    @Test
    void theToolConnectsNowhereAndWritesOnlyIntoDist() throws Exception {
        String jar = ReleaseDirectory.cliJar().toString();
        Path dist = tmp.resolve("dist");
        String corpus = CorpusFixture.seedCorpus().toString();
        String schema = CorpusFixture.seedSchema().toString();
        List<Trace> traces = List.of(
                traced(
                        "validate",
                        List.of(
                                "-jar",
                                jar,
                                "validate",
                                "--schema=" + schema,
                                "--release-date=2026-11-22",
                                "--corpus=" + corpus)),
                traced(
                        "package",
                        List.of(
                                "-jar",
                                jar,
                                "package",
                                "--corpus=" + corpus,
                                "--schema=" + schema,
                                "--dist=" + dist,
                                "--release-version=0.1.0",
                                "--release-date=2026-11-22")),
                traced(
                        "verify",
                        List.of(
                                "-jar",
                                jar,
                                "verify",
                                "--corpus=" + corpus,
                                dist.resolve("zhengfa-corpus-0.1.0").toString())));
        for (Trace trace : traces) {
            assertEquals(0, trace.exit());
            assertFalse(trace.lines().isEmpty(), "strace recorded nothing");
            assertEquals(List.of(), inetConnects(trace));
            assertEquals(List.of(), writesOutside(trace, dist, tmp.resolve("jvm-tmp")));
        }
        assertTrue(Files.isRegularFile(dist.resolve("zhengfa-corpus-0.1.0/SHA256SUMS")));
    }

    private static final Pattern FSYNC = Pattern.compile("f(?:data)?sync\\(\\d+<([^>]+)>\\) = 0");
    private static final Pattern RENAME =
            Pattern.compile("rename(?:at2?)?\\((?:AT_FDCWD, )?\"([^\"]+)\", (?:AT_FDCWD, )?\"([^\"]+)\"");

    /**
     * Before the staged release is renamed to its name, every file and folder of it was flushed to
     * the disk, and after the rename the dist folder that holds the new name.
     */
    @Test
    void everyReleaseFileIsFlushedBeforeTheRename() throws Exception {
        String jar = ReleaseDirectory.cliJar().toString();
        Path dist = tmp.resolve("dist");
        Trace trace = traced(
                "durable",
                List.of("-y", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2"),
                List.of(
                        "-jar",
                        jar,
                        "package",
                        "--corpus=" + CorpusFixture.seedCorpus(),
                        "--schema=" + CorpusFixture.seedSchema(),
                        "--dist=" + dist,
                        "--release-version=0.1.0",
                        "--release-date=2026-11-22"));
        assertEquals(0, trace.exit());
        Path release = dist.resolve("zhengfa-corpus-0.1.0").toRealPath();
        int renamed = -1;
        Path staging = null;
        for (int i = 0; i < trace.lines().size(); i++) {
            Matcher m = RENAME.matcher(trace.lines().get(i));
            if (m.find() && Path.of(m.group(2)).equals(release)) {
                renamed = i;
                staging = Path.of(m.group(1));
            }
        }
        assertTrue(renamed >= 0, "no rename of a staging folder to " + release);
        List<Path> flushedBefore = new ArrayList<>();
        List<Path> flushedAfter = new ArrayList<>();
        for (int i = 0; i < trace.lines().size(); i++) {
            Matcher m = FSYNC.matcher(trace.lines().get(i));
            if (m.find()) {
                (i < renamed ? flushedBefore : flushedAfter).add(Path.of(m.group(1)));
            }
        }
        List<Path> unflushed = new ArrayList<>();
        try (var walk = Files.walk(release)) {
            for (Path entry : (Iterable<Path>) walk::iterator) {
                Path staged =
                        staging.resolve(release.relativize(entry).toString()).normalize();
                if (!flushedBefore.contains(staged)) {
                    unflushed.add(staged);
                }
            }
        }
        assertEquals(List.of(), unflushed, "flushed before the rename: " + flushedBefore);
        assertTrue(
                flushedAfter.contains(dist.toRealPath()),
                "the dist folder is flushed after the rename: " + flushedAfter);
    }

    @Test
    void theTraceWouldSeeAConnectionAndAStrayWrite() throws Exception {
        Path probe = tmp.resolve("Probe.java");
        Files.writeString(probe, """
                public class Probe {
                    public static void main(String[] args) throws Exception {
                        try (var s = new java.net.Socket()) {
                            s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 500);
                        } catch (java.io.IOException expected) {
                        }
                        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), "stray");
                    }
                }
                """);
        Path stray = tmp.resolve("outside/stray.txt");
        Files.createDirectories(stray.getParent());
        Trace trace = traced("probe", List.of(probe.toString(), stray.toString()));
        assertFalse(inetConnects(trace).isEmpty(), "the detector must see a TCP connect");
        assertTrue(writesOutside(trace, tmp.resolve("dist"), tmp.resolve("jvm-tmp")).stream()
                .anyMatch(l -> l.contains("stray.txt")));
    }
}
