package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.vocab.ProjectVocabulary;

/** regions find, sources list and add, and span: the lookups a curator uses while reviewing a draft. */
class LookupCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String schema() {
        return "--schema=" + CorpusFixture.seedSchema();
    }

    @Test
    void regionsFindTakesNamesInEitherScriptPartsAndCodes() {
        Run dunhuang = run("regions", "find", schema(), "敦煌");
        assertEquals(0, dunhuang.exit(), dunhuang.err());
        assertEquals(
                "620982  敦煌市  county  酒泉市 (620900)  甘肃省 (620000)",
                dunhuang.out().strip());

        Run traditional = run("regions", "find", schema(), "西雙版納");
        assertTrue(traditional.out().startsWith("532800  西双版纳傣族自治州  prefecture  云南省 (530000)"), traditional.out());

        Run exact = run("regions", "find", schema(), "敦煌市");
        assertTrue(exact.out().startsWith("620982"), exact.out());

        Run byCode = run("regions", "find", schema(), "6509");
        assertTrue(byCode.out().lines().allMatch(l -> l.startsWith("6509") || l.startsWith("…")), byCode.out());

        Run pingtung = run("regions", "find", schema(), "屏東");
        assertTrue(pingtung.out().startsWith("710000  台湾省"), "a Taiwan county, in Traditional: " + pingtung.out());

        Run none = run("regions", "find", schema(), "亚特兰蒂斯");
        assertEquals(ExitCode.INVALID, none.exit());
        assertTrue(none.err().contains("No division matches 亚特兰蒂斯"), none.err());
    }

    @Test
    void sourcesAddChecksTheSchemaAndNeverChangesAnEntry() throws IOException {
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path file = schema.resolve(ProjectVocabulary.SOURCES);
        List<String> linesBefore = Files.readAllLines(file);
        Run added = run(
                "sources",
                "add",
                "--schema=" + schema,
                "xinhua-net",
                "--name-zh=新华网",
                "--name-en=Xinhuanet",
                "--kind=website",
                "--site=http://www.news.cn/",
                "--alias=新华社");
        assertEquals(0, added.exit(), added.err());
        List<String> linesAfter = new java.util.ArrayList<>(Files.readAllLines(file));
        assertTrue(
                linesAfter.containsAll(linesBefore),
                "every line of the registry is kept: a diff shows the new entry alone");
        assertTrue(
                linesAfter.size() - linesBefore.size() <= 12,
                "the new entry's lines alone: " + (linesAfter.size() - linesBefore.size()));
        Run list = run("sources", "list", "--schema=" + schema);
        assertTrue(list.out().contains("xinhua-net  新华网  Xinhuanet  website  also printed as: 新华社"), list.out());
        assertTrue(Files.readString(file).contains("\"xinhua-net\": {"), "written as curators write JSON");
        ProjectVocabulary.load(schema);

        byte[] before = Files.readAllBytes(file);
        Run again = run(
                "sources", "add", "--schema=" + schema, "xinhua-net", "--name-zh=新华", "--name-en=X", "--kind=website");
        assertEquals(ExitCode.INVALID, again.exit());
        assertTrue(again.err().contains("xinhua-net is already in"), again.err());
        Run badKind = run(
                "sources",
                "add",
                "--schema=" + schema,
                "some-blog",
                "--name-zh=某博客",
                "--name-en=A blog",
                "--kind=blog");
        assertEquals(ExitCode.INVALID, badKind.exit());
        assertTrue(badKind.err().contains("does not fit sources.schema.json"), badKind.err());
        Run badKey =
                run("sources", "add", "--schema=" + schema, "Bad Key", "--name-zh=某", "--name-en=A", "--kind=website");
        assertEquals(ExitCode.INVALID, badKey.exit());
        assertEquals(
                new String(before, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(file),
                "a rejected source changes nothing");
    }

    @Test
    void spanPrintsNoCopyOfASpanTheFileHoldsAlready() {
        String corpus = "--corpus=" + CorpusFixture.seedCorpus();
        Run run = run("span", corpus, schema(), "--article=" + CorpusFixture.SHANGHAI, "--quote=上海市", "--label=LOC");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out().strip(), "every 上海市 of the seed is a LOC already: nothing to paste");
        assertTrue(run.err().contains("already annotated as e002; not printed"), run.err());
        Run other = run("span", corpus, schema(), "--article=" + CorpusFixture.SHANGHAI, "--quote=上海市", "--label=ORG");
        assertEquals(0, other.exit(), other.err());
        assertTrue(
                other.out().contains("\"label\":\"ORG\""),
                "another label over the same text is a new span: " + other.out());
    }

    @Test
    void spanPrintsCodePointOffsetsOrTheNearestPassage() {
        String corpus = "--corpus=" + CorpusFixture.resource("/fixtures/astral/corpus");
        // the fixture has 上海市 as a LOC already (see spanPrintsNoCopyOfASpanTheFileHoldsAlready); as an ORG it is new
        Run found = run("span", corpus, schema(), "--article=astral-2024-yoshinoya", "--quote=上海市", "--label=ORG");
        assertEquals(0, found.exit(), found.err());
        // pasteable as it is: valid JSON, with the next free id of the file's entity spans; where it stands goes to
        // stderr
        String span = found.out().strip();
        assertTrue(
                span.matches("\\{\"id\":\"e\\d{3}\",\"layer\":\"entity\",\"label\":\"ORG\",\"start\":11,\"end\":14,"
                        + "\"text\":\"上海市\",\"source\":\"gold\"}"),
                span);
        assertDoesNotThrow(() -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(span));
        assertTrue(found.err().contains("line 2:1") || found.err().contains(":2:1"), found.err());

        Run footer =
                run("span", corpus, schema(), "--article=astral-2024-yoshinoya", "--quote=上海市", "--label=boilerplate");
        assertEquals(ExitCode.INVALID, footer.exit());
        assertTrue(
                footer.err().contains("boilerplate needs the attribute kind")
                        && footer.err().contains("--attr kind="),
                footer.err());
        Run withKind = run(
                "span",
                corpus,
                schema(),
                "--article=astral-2024-yoshinoya",
                "--quote=上海市",
                "--label=boilerplate",
                "--attr",
                "kind=navigation");
        assertEquals(0, withKind.exit(), withKind.err());
        assertTrue(
                withKind.out().contains("\"attrs\":{\"kind\":\"navigation\"}")
                        && withKind.out().startsWith("{\"id\":\"s"),
                withKind.out());
        Run badKind = run(
                "span",
                corpus,
                schema(),
                "--article=astral-2024-yoshinoya",
                "--quote=上海市",
                "--label=boilerplate",
                "--attr",
                "kind=menu");
        assertEquals(ExitCode.INVALID, badKind.exit());

        Run near = run("span", corpus, schema(), "--article=astral-2024-yoshinoya", "--quote=消费者权利保护法");
        assertEquals(ExitCode.INVALID, near.exit());
        assertTrue(
                near.err().contains("the nearest passage, 1 edits away, is at")
                        && near.err().contains("消费者权益保护法"),
                near.err());

        Run badLabel = run("span", corpus, schema(), "--article=astral-2024-yoshinoya", "--quote=上海", "--label=CITY");
        assertEquals(ExitCode.INVALID, badLabel.exit());
        assertTrue(badLabel.err().contains("no layer of labels.json has the label CITY"), badLabel.err());
    }
}
