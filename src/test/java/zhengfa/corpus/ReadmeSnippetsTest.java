package zhengfa.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using a release" snippets cannot rot: each line of each snippet occurs verbatim
 * in a test source or script that runs against the fresh release, and none is exempt.
 */
class ReadmeSnippetsTest {


    @Test
    void everyUsageSnippetIsInATest() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Using a release");
        int end = readme.indexOf("\n## ", start + 1);
        List<String> blocks = codeBlocks(readme.substring(start, end));
        assertTrue(blocks.size() >= 7, "expected the usage snippets (pandas Parquet and JSON Lines, polars, PySpark,"
                + " DuckDB, datasets, mlcroissant), found " + blocks.size());
        assertFalse(readme.contains("not run in CI"), "every README snippet runs in CI");

        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/test"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".py"))::iterator) {
                tests.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        List<String> missing = new ArrayList<>();
        for (String block : blocks) {
            for (String line : block.split("\n")) {
                if (!line.isBlank() && !tests.toString().contains(line.strip())) {
                    missing.add(line.strip());
                }
            }
        }
        assertTrue(missing.isEmpty(), "README snippet lines found in no test: " + missing);
    }

    private static List<String> codeBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = markdown.indexOf("```", at)) >= 0) {
            int bodyStart = markdown.indexOf('\n', at) + 1;
            int close = markdown.indexOf("```", bodyStart);
            blocks.add(markdown.substring(bodyStart, close));
            at = close + 3;
        }
        return blocks;
    }
}
