package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zhengfa.corpus.CorpusFixture;

/**
 * The README's shell blocks, run exactly as printed, each in a fresh copy of a project as a
 * newcomer has it after {@code mvn package}: the seed fixture (its corpus and schema folder) and the
 * built CLI jar under target/, plus a saved page, {@code page.txt}, for {@code add}. Every command
 * must exit 0 without a stack trace. Two blocks are run elsewhere, not here: {@code mvn package} and
 * {@code mvn verify} are the build this test is part of (CI runs exactly them), and {@code
 * spark-submit} needs a YARN cluster (the same job, with HDFS paths and these options, runs on a local master in HdfsReleaseIT).
 * The README's command synopsis is a {@code text} block: it shows options in brackets, to be read.
 */
class ReadmeShellIT {

    private static final Pattern FENCE =
            Pattern.compile("(?m)^(?<indent>[ ]*)```sh\\n(?<body>.*?)^\\k<indent>```$", Pattern.DOTALL);
    /** Blocks whose commands run elsewhere (see the class comment). */
    private static final Pattern RUN_ELSEWHERE = Pattern.compile("^(?:mvn|spark-submit) ");

    /** A page as a curator saves it, written for this test: a headline, a dateline, a lead and a footer. */
    private static final String PAGE = String.join(
            "\n",
            "首页 > 政法动态",
            "某县召开2026年政法工作会议",
            "发布时间:2026-11-30 09:15  来源:某县融媒体中心",
            "11月28日,某县召开2026年政法工作会议,总结一年来全县政法工作,部署下一阶段重点任务。",
            "会议强调,要坚持和发展新时代“枫桥经验”,扎实推进平安建设和法治建设,切实维护社会大局稳定。",
            "责任编辑:王明",
            "");

    /** The project's folder: the integration tests run inside the release they read. */
    private static Path project() {
        return Path.of(System.getProperty("zhengfa.basedir", ".")).toAbsolutePath();
    }

    static List<String> blocks() throws IOException {
        String readme = Files.readString(project().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(readme);
        while (m.find()) {
            String indent = m.group("indent");
            blocks.add(m.group("body")
                    .lines()
                    .map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                    .reduce("", (a, b) -> a + b + "\n"));
        }
        return blocks;
    }

    @Test
    void theReadmeHasItsShellBlocksAndRunsAllButTheBuildAndTheClusterHere() throws IOException {
        List<String> blocks = blocks();
        assertTrue(blocks.size() >= 4, "README shell blocks: " + blocks);
        assertEquals(
                2,
                blocks.stream()
                        .filter(b -> RUN_ELSEWHERE.matcher(b).lookingAt())
                        .count(),
                "blocks run elsewhere: " + blocks);
    }

    @ParameterizedTest(name = "block {index}")
    @MethodSource("blocks")
    void runsAsPrinted(String block, @TempDir Path project) throws Exception {
        if (RUN_ELSEWHERE.matcher(block).lookingAt()) {
            assertTrue(
                    block.lines().allMatch(l -> RUN_ELSEWHERE.matcher(l).lookingAt() || l.startsWith("  ")),
                    "a block run elsewhere holds only mvn or spark-submit commands:\n" + block);
            return;
        }
        CorpusFixture.copyTree(CorpusFixture.seedCorpus(), project.resolve("corpus"));
        CorpusFixture.copyTree(CorpusFixture.seedSchema(), project.resolve("schema"));
        Path jar = ReleaseDirectory.cliJar();
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(project.resolve("target").resolve(jar.getFileName()), jar);
        Files.writeString(project.resolve("page.txt"), PAGE, StandardCharsets.UTF_8);

        Process process = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", block)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "timed out:\n" + block);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), block + "\n" + output);
        assertFalse(output.contains("\tat ") || output.contains("Exception"), block + "\n" + output);
    }
}
