package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

/** rename, through the command line, on a copy of the seed corpus. */
class RenameCommandTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path schema;

    @BeforeEach
    void copy() {
        CorpusFixture fixture = CorpusFixture.copyOf(tmp);
        corpus = fixture.dir();
        schema = CorpusFixture.copyOfSchema(tmp.resolve("s"));
    }

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theThreeFilesMoveAndTheIdsInsideFollowAndTheCorpusStaysValid() throws IOException {
        byte[] text = Files.readAllBytes(corpus.resolve(CorpusFixture.LESHAN + ".txt"));
        Run run = run("rename", "--corpus=" + corpus, CorpusFixture.LESHAN, "leshan-2022-zhengfa-fangtan");
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out().endsWith("renamed " + CorpusFixture.LESHAN + " to leshan-2022-zhengfa-fangtan\n"), run.out());
        assertFalse(files().stream().anyMatch(f -> f.startsWith(CorpusFixture.LESHAN)), files().toString());
        assertArrayEquals(
                text,
                Files.readAllBytes(corpus.resolve("leshan-2022-zhengfa-fangtan.txt")),
                "the text's bytes are kept");
        ObjectMapper json = new ObjectMapper();
        assertEquals(
                "leshan-2022-zhengfa-fangtan",
                json.readTree(corpus.resolve("leshan-2022-zhengfa-fangtan.meta.json")
                                .toFile())
                        .get("id")
                        .asText());
        assertEquals(
                "leshan-2022-zhengfa-fangtan",
                json.readTree(corpus.resolve("leshan-2022-zhengfa-fangtan.ann.json")
                                .toFile())
                        .get("article_id")
                        .asText());
        Run validate = run("validate", "--corpus=" + corpus, "--schema=" + schema);
        assertEquals(0, validate.exit(), validate.out() + validate.err());
    }

    @Test
    void onlyTheIdsChangeTheCuratorsLayoutIsKept() throws IOException {
        String sidecar = Files.readString(corpus.resolve(CorpusFixture.LESHAN + ".meta.json"));
        String annotations = Files.readString(corpus.resolve(CorpusFixture.LESHAN + ".ann.json"));
        Run run = run("rename", "--corpus=" + corpus, CorpusFixture.LESHAN, "leshan-2022-zhengfa-fangtan");
        assertEquals(0, run.exit(), run.err());
        assertEquals(
                sidecar.replace("\"" + CorpusFixture.LESHAN + "\"", "\"leshan-2022-zhengfa-fangtan\""),
                Files.readString(corpus.resolve("leshan-2022-zhengfa-fangtan.meta.json")),
                "a diff under git shows the id alone");
        assertEquals(
                annotations.replace("\"" + CorpusFixture.LESHAN + "\"", "\"leshan-2022-zhengfa-fangtan\""),
                Files.readString(corpus.resolve("leshan-2022-zhengfa-fangtan.ann.json")));
    }

    @Test
    void aTakenBadOrReservedIdChangesNothing() throws IOException {
        List<String> before = files();
        for (String target : List.of(CorpusFixture.SHANGHAI, "Bad Id", "nul", CorpusFixture.LESHAN)) {
            Run run = run("rename", "--corpus=" + corpus, CorpusFixture.LESHAN, target);
            assertEquals(ExitCode.INVALID, run.exit(), target);
            assertTrue(run.err().contains("nothing was renamed") && run.err().contains("fix:"), run.err());
        }
        Run missing = run("rename", "--corpus=" + corpus, "no-such-article", "new-id");
        assertEquals(ExitCode.INVALID, missing.exit());
        assertTrue(missing.err().contains("there is no article no-such-article"), missing.err());
        assertEquals(before, files());
    }

    @Test
    void aBrokenSidecarIsReportedNotRewritten() throws IOException {
        Path sidecar = corpus.resolve(CorpusFixture.LESHAN + ".meta.json");
        Files.writeString(sidecar, "{\"id\": ");
        List<String> before = files();
        Run run = run("rename", "--corpus=" + corpus, CorpusFixture.LESHAN, "leshan-new");
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("is not valid JSON"), run.err());
        assertEquals(before, files());
        assertEquals("{\"id\": ", Files.readString(sidecar));
    }
}
