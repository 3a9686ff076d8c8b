package zhengfa.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using a release" blocks are run as printed by the consumer suite
 * (src/test/python/consumers/test_readme.py, in mvn verify); here, that each block is one it can
 * run (Python or SQL) and that each marker names releases the suite cuts.
 */
class ReadmeSnippetsTest {

    /** What PythonConsumersIT's releases cover: the default, the year and shards layouts, Arrow, gzip and zstd. */
    private static final Pattern MARKER = Pattern.compile(
            "<!-- runs on: (?:layout=(?:year|shards)(?:,(?:year|shards))*|formats=arrow|compression=(?:gzip|zstd)) -->");

    @Test
    void everyUsageBlockIsRunByTheConsumerSuite() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Using a release");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end);
        List<String> fences = new ArrayList<>();
        Matcher fence = Pattern.compile("(?m)^```(\\w*)$").matcher(section);
        boolean open = false;
        while (fence.find()) {
            if (!open) {
                fences.add(fence.group(1));
            }
            open = !open;
        }
        assertTrue(
                fences.size() >= 8,
                "expected the usage blocks (pandas, polars, PySpark, DuckDB, datasets, mlcroissant), found " + fences);
        assertTrue(
                fences.stream().allMatch(f -> f.equals("python") || f.equals("sql")),
                "blocks the suite cannot run: " + fences);
        Matcher markers = Pattern.compile("<!--.*?-->").matcher(section);
        while (markers.find()) {
            assertTrue(
                    MARKER.matcher(markers.group()).matches(),
                    "a marker the consumer suite has no release for: " + markers.group());
        }
        assertTrue(Files.isRegularFile(Path.of("src/test/python/consumers/test_readme.py")));
        assertFalse(readme.contains("not run in CI"), "every README snippet runs in CI");
    }
}
