package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

/**
 * Runs the shaded CLI jar as a user does ({@code java -jar}), in its own JVM with only its own
 * classpath: this is where a missing runtime class (a Hadoop one, say) would show.
 */
class CliJarIT {

    @TempDir
    Path tmp;

    private record Run(int exit, String output) {}

    private static Run java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                ReleaseDirectory.cliJar().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return new Run(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theJarHasNoHadoopAndCutsARelease() throws Exception {
        Path dist = tmp.resolve("dist");
        Run run = java(
                "package",
                "--corpus=" + CorpusFixture.seedCorpus(),
                "--schema=" + CorpusFixture.seedSchema(),
                "--dist=" + dist,
                "--release-version=0.1.0",
                "--release-date=2026-11-22T00:00:00Z",
                "--formats=jsonl,parquet,arrow");
        assertEquals(0, run.exit(), run.output());
        try (var jar = new JarFile(ReleaseDirectory.cliJar().toFile())) {
            assertTrue(
                    jar.stream().noneMatch(e -> e.getName().startsWith("org/apache/hadoop/")),
                    "the CLI jar must not carry Hadoop");
            // The synthetic corpus generator and the benchmark are test code, not part of the product.
            assertTrue(
                    jar.stream().noneMatch(e -> e.getName().startsWith("zhengfa/corpus/bench/")),
                    "the CLI jar must not carry the benchmark");
            assertTrue(jar.stream().anyMatch(e -> e.getName().equals("zhengfa/corpus/cli/Main.class")));
        }
        Run verified = java(
                "verify",
                "--corpus=" + CorpusFixture.seedCorpus(),
                dist.resolve("zhengfa-corpus-0.1.0").toString());
        assertEquals(0, verified.exit(), verified.output());
        // The jar's release is the one the build cut from the same fixture in-process: same bytes.
        assertEquals(
                Files.readString(ReleaseDirectory.get().resolve("SHA256SUMS")),
                Files.readString(dist.resolve("zhengfa-corpus-0.1.0/SHA256SUMS")));
    }

    @Test
    void badInputGivesFindingsNotStackTraces() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.writeBytes(corpus.sidecar(CorpusFixture.SUIZHOU), "{\"id\": [[[".getBytes(StandardCharsets.UTF_8));
        corpus.writeBytes(corpus.text(CorpusFixture.LESHAN), new byte[] {(byte) 0xC3, 0x28});
        Run run = java(
                "validate",
                "--schema=" + CorpusFixture.seedSchema(),
                "--release-date=2026-11-22",
                "--corpus=" + corpus.dir());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("[SIDECAR_MALFORMED_JSON]"), run.output());
        assertTrue(run.output().contains("[TEXT_NOT_UTF8]"), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
        assertFalse(run.output().contains("Exception"), run.output());
    }
}
