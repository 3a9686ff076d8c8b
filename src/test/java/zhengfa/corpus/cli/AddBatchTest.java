package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;

/** add of several pages in one run: files and folders, --urls, each page all or nothing, a summary at the end. */
@Slow
class AddBatchTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path schema;
    private Path scraped;

    private record Run(int exit, String out, String err) {}

    @BeforeEach
    void emptyCorpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        schema = CorpusFixture.copyOfSchema(tmp);
        scraped = Files.createDirectories(tmp.resolve("scraped"));
    }

    private Run add(String... rest) {
        List<String> args = new ArrayList<>(List.of("add", "--corpus=" + corpus, "--schema=" + schema));
        args.addAll(List.of(rest));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path page(String name, String text) throws IOException {
        return Files.writeString(scraped.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String seed(String id) throws IOException {
        return Files.readString(CorpusFixture.seedCorpus().resolve(id + ".txt"));
    }

    private List<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private JsonNode sidecar(String id) throws IOException {
        return new ObjectMapper().readTree(corpus.resolve(id + ".meta.json").toFile());
    }

    private static final String JAPANESE = "東京の警察署で防犯教室\n警視庁によりますと、特殊詐欺の被害を防ぐため、区内の高齢者を対象にした教室を"
            + "毎月開くことにしました。\n担当者は「地域の皆さんと一緒に被害をなくしていきたい」と話しています。\n";

    @Test
    void aFolderIsAddedInOneRunEachPageAllOrNothingAndSummedUp() throws IOException {
        page("1-leshan.txt", seed(CorpusFixture.LESHAN));
        page("2-ja.txt", JAPANESE); // written for this test
        page("3-suizhou.txt", seed(CorpusFixture.SUIZHOU));
        Files.writeString(scraped.resolve(".hidden.txt"), seed(CorpusFixture.SHANGHAI));
        Path urls = Files.writeString(
                scraped.resolve("urls.tsv"),
                "# page\taddress\n1-leshan.txt\thttps://news.example.cn/2022/leshan.html\n\n"
                        + "3-suizhou.txt   https://news.example.cn/2023/suizhou.html\n");

        Run run = add("--urls=" + urls, scraped.toString());

        assertEquals(ExitCode.INVALID, run.exit(), "a page was refused: " + run.err());
        List<String> ids = corpusFiles().stream()
                .filter(f -> f.endsWith(".txt"))
                .map(f -> f.substring(0, f.length() - 4))
                .toList();
        assertEquals(6, corpusFiles().size(), corpusFiles().toString());
        assertEquals(2, ids.size(), ids.toString());
        String leshan = ids.get(0);
        String suizhou = ids.get(1);
        assertTrue(leshan.startsWith("leshan-") && suizhou.startsWith("suizhou-"), ids.toString());
        assertEquals(
                "https://news.example.cn/2022/leshan.html",
                sidecar(leshan).get("url").asText());
        assertEquals(
                "https://news.example.cn/2023/suizhou.html",
                sidecar(suizhou).get("url").asText());
        assertTrue(run.err().contains("2-ja.txt: the page is not a Chinese article"), run.err());

        List<String> lines = run.out().lines().toList();
        assertEquals("added 2 of 3 pages; 1 refused, none of its files written", lines.get(lines.size() - 1));
        List<String> table = lines.subList(lines.size() - 5, lines.size() - 1);
        assertTrue(table.get(0).matches("page +id +drafted +blank +validate"), table.get(0));
        assertTrue(table.get(1).contains("1-leshan.txt") && table.get(1).contains(leshan), table.get(1));
        assertTrue(
                table.get(2).contains("2-ja.txt")
                        && table.get(2).contains("(refused)")
                        && table.get(2).contains("not a Chinese article"),
                table.get(2));
        assertTrue(table.get(3).contains("3-suizhou.txt") && table.get(3).contains(suizhou), table.get(3));
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("=== ")).count(), "a checklist for each page added");
        assertFalse(
                run.out().contains("urls.tsv") || run.out().contains(".hidden"),
                "the list and hidden files are no pages");
    }

    @Test
    void aBatchDraftsEachPageAsAddingItAloneDoes() throws IOException {
        List<String> seeds =
                List.of(CorpusFixture.XINJIANG, CorpusFixture.LESHAN, CorpusFixture.SHANGHAI, CorpusFixture.SUIZHOU);
        List<String> pages = new ArrayList<>();
        for (String id : seeds) {
            pages.add(page(id + ".txt", seed(id)).toString());
        }
        assertEquals(ExitCode.OK, add(pages.toArray(String[]::new)).exit());
        Path together = corpus;
        corpus = Files.createDirectories(tmp.resolve("one-by-one"));
        for (String p : pages) {
            assertEquals(ExitCode.OK, add(p).exit(), p);
        }
        List<String> alone = corpusFiles();
        corpus = together;
        assertEquals(alone, corpusFiles());
        assertEquals(12, alone.size(), alone.toString());
        for (String name : alone) {
            assertEquals(
                    Files.readString(tmp.resolve("one-by-one").resolve(name)),
                    Files.readString(together.resolve(name)),
                    name);
        }
    }

    @Test
    void aTextTwiceInOneBatchIsAddedOnceAlsoInTheOtherScript() throws IOException {
        String traditional = seed(CorpusFixture.XINJIANG);
        Path first = page("a.txt", traditional);
        Path second = page("b.txt", Transliterator.getInstance("Hant-Hans").transliterate(traditional));

        Run run = add(first.toString(), second.toString());

        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(
                run.err().contains("b.txt: its text is already in the corpus as " + CorpusFixture.XINJIANG), run.err());
        assertEquals(3, corpusFiles().size(), corpusFiles().toString());
    }

    @Test
    void pagesThatWouldTakeOneIdAreGivenTwo() throws IOException {
        String text = seed(CorpusFixture.LESHAN);
        // written for this test: the same article, with a closing line of its own
        Path first = page("a.txt", text);
        Path second = page("b.txt", text + "\n本文有改动。\n");

        Run run = add(first.toString(), second.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(6, corpusFiles().size(), corpusFiles().toString());
        List<String> added = run.out()
                .lines()
                .filter(l -> l.startsWith("Review "))
                .map(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(".meta.json")))
                .toList();
        assertEquals(2, added.size(), run.out());
        assertEquals(CorpusFixture.LESHAN, added.get(0));
        assertTrue(!added.get(1).equals(added.get(0)) && added.get(1).startsWith("leshan-"), added.toString());
    }

    @Test
    void everyWrongLineOfTheUrlListIsReportedAndNothingIsAdded() throws IOException {
        page("a.txt", seed(CorpusFixture.LESHAN));
        page("b.txt", seed(CorpusFixture.SUIZHOU));
        Path urls = Files.writeString(
                tmp.resolve("urls.txt"),
                "scraped/a.txt news.example.cn/a.html\nscraped/c.txt https://news.example.cn/c.html\n"
                        + "scraped/b.txt\nscraped/b.txt https://news.example.cn/b.html\n"
                        + "scraped/b.txt https://news.example.cn/b2.html\n");

        Run run = add("--urls=" + urls, scraped.toString());

        assertEquals(ExitCode.USAGE, run.exit());
        for (String expected : List.of(
                "urls.txt:1: news.example.cn/a.html is not an absolute address",
                "urls.txt:2: scraped/c.txt",
                "is not one of the pages being added",
                "urls.txt:3: a page and its address",
                "urls.txt:5: scraped/b.txt already has an address, on line 4")) {
            assertTrue(run.err().contains(expected), expected + " in\n" + run.err());
        }
        assertEquals(List.of(), corpusFiles());
    }

    @Test
    void oneIdOrOneAddressCannotBeGivenToSeveralPages() throws IOException {
        Path a = page("a.txt", seed(CorpusFixture.LESHAN));
        Path b = page("b.txt", seed(CorpusFixture.SUIZHOU));
        Run withId = add("--id=leshan-x", a.toString(), b.toString());
        assertEquals(ExitCode.USAGE, withId.exit());
        assertTrue(withId.err().contains("--id names one page, and 2 are given"), withId.err());
        Run withUrl = add("--url=https://news.example.cn/a.html", scraped.toString());
        assertEquals(ExitCode.USAGE, withUrl.exit());
        assertTrue(withUrl.err().contains("give their addresses with --urls"), withUrl.err());
        Files.createDirectories(tmp.resolve("empty"));
        Run empty = add(tmp.resolve("empty").toString());
        assertEquals(ExitCode.USAGE, empty.exit());
        assertTrue(empty.err().contains("holds no pages"), empty.err());
        assertEquals(List.of(), corpusFiles());
    }
}
