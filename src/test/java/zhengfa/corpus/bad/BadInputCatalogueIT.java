package zhengfa.corpus.bad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.cli.ExitCode;
import zhengfa.corpus.cli.Main;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.validation.ValidationReport;

/**
 * The bad-input catalogue (src/test/resources/bad/, one case per folder, see its README): every
 * case is rejected with its own located finding and a fix, `package` exits 1 without a stack
 * trace, and dist/ is left exactly as it was.
 */
class BadInputCatalogueIT {

    static Stream<String> cases() throws IOException {
        return BadInputCatalogue.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithItsLocatedFinding(String name, @TempDir Path tmp) throws Exception {
        JsonNode spec = BadInputCatalogue.spec(name);
        Path work = BadInputCatalogue.prepare(name, tmp.resolve("case"));

        ValidationReport report = BadInputCatalogue.validator(work).validate(work.resolve("corpus"));
        List<Finding> findings = report.findings();
        for (JsonNode expected : spec.get("expect")) {
            String code = expected.get("code").asText();
            String file = expected.get("file").asText();
            String location = expected.get("location").asText();
            assertTrue(
                    findings.stream()
                            .anyMatch(f -> f.code().name().equals(code)
                                    && f.file().equals(file)
                                    && f.location().render().equals(location)),
                    name + ": expected " + code + " at " + file + location + ", got:\n"
                            + CorpusFixture.describe(findings));
        }
        for (Finding f : findings) {
            assertFalse(f.message().isBlank(), name + ": a finding without a message");
            assertTrue(
                    f.fix() != null && !f.fix().isBlank(),
                    name + ": " + f.code() + " says nothing about how to fix it");
        }

        Path dist = Files.createDirectories(tmp.resolve("dist"));
        Files.writeString(dist.resolve("README.md"), "dist readme\n");
        Files.createDirectories(dist.resolve("zhengfa-corpus-0.0.9/data"));
        Files.writeString(dist.resolve("zhengfa-corpus-0.0.9/data/articles.jsonl"), "{}\n");
        SortedMap<String, String> before = FileTree.checksums(dist);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of(
                "package",
                "--corpus=" + work.resolve("corpus"),
                "--schema=" + work.resolve("schema"),
                "--dist=" + dist,
                "--release-version=0.1.0",
                "--release-date=2026-11-22"));
        if (spec.path("strict").asBoolean(false)) {
            args.add("--strict");
        }
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(ExitCode.INVALID, exit, name + ":\n" + err);
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), name + ":\n" + err);
        assertEquals(before, FileTree.checksums(dist), name + ": dist/ changed");
        try (Stream<Path> entries = Files.list(dist)) {
            assertEquals(2, entries.count(), name + ": something was left in dist/");
        }
    }
}
