package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.Slow;
import zhengfa.corpus.model.Sha256;

/** add, end to end through the command line, into an empty corpus beside a copy of the seed schema. */
@Slow
class AddCommandTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Path schema;

    private record Run(int exit, String out, String err) {
        String lastLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    @BeforeEach
    void emptyCorpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        schema = CorpusFixture.copyOfSchema(tmp);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run add(Path file, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("add", "--corpus=" + corpus, "--schema=" + schema));
        args.addAll(List.of(options));
        args.add(file.toString());
        return run(args.toArray(String[]::new));
    }

    private Path page(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static String seed(String id) throws IOException {
        return Files.readString(CorpusFixture.seedCorpus().resolve(id + ".txt"));
    }

    private List<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void whatStoringDidIsSaidInOneClause() {
        assertEquals("stored unchanged", AddCommand.storedAs("UTF-8", List.of()));
        assertEquals(
                "stored as UTF-8",
                AddCommand.storedAs("GB18030", List.of()),
                "a page in another encoding is not stored unchanged");
        assertEquals(
                "removed the byte order mark", AddCommand.storedAs("UTF-8", List.of("removed the byte order mark")));
    }

    @Test
    void aGb18030CrlfPageIsStoredAsTheNormalisedTextWithItsProvenance() throws IOException {
        byte[] raw = seed(CorpusFixture.SHANGHAI).replace("\n", "\r\n").getBytes(Charset.forName("GB18030"));
        Run run = add(page("page.txt", raw), "--url=https://www.legaldaily.com.cn/a/1.html", "--retrieved=2026-11-30");
        assertEquals(0, run.exit(), run.err());
        assertEquals("added shanghai-2026-zhu-zhongming", run.lastLine());
        assertTrue(run.out().contains("as GB18030"), run.out());
        assertTrue(run.out().contains("; stored as UTF-8, turned 32 CRLF line endings into LF"), run.out());
        assertTrue(run.out().contains("[ ] source       fazhi-ribao"), run.out());

        assertArrayEquals(
                Files.readAllBytes(CorpusFixture.seedCorpus().resolve(CorpusFixture.SHANGHAI + ".txt")),
                Files.readAllBytes(corpus.resolve("shanghai-2026-zhu-zhongming.txt")),
                "stored exactly as the normalised UTF-8");
        JsonNode sidecar = new ObjectMapper()
                .readTree(
                        corpus.resolve("shanghai-2026-zhu-zhongming.meta.json").toFile());
        assertEquals("GB18030", sidecar.get("original_encoding").asText());
        assertEquals(
                HexFormat.of().formatHex(Sha256.of(raw)),
                sidecar.get("original_sha256").asText());
        assertEquals(
                "https://www.legaldaily.com.cn/a/1.html", sidecar.get("url").asText());
        assertEquals("2026-11-30", sidecar.get("retrieved_at").asText());
        assertEquals("draft", sidecar.get("review_status").asText());
        assertEquals(
                List.of(
                        "shanghai-2026-zhu-zhongming.ann.json",
                        "shanghai-2026-zhu-zhongming.meta.json",
                        "shanghai-2026-zhu-zhongming.txt"),
                corpusFiles());
    }

    @Test
    void aDraftFailsValidateAndPackageUntilItIsMarkedReviewed() throws IOException {
        for (String id : CorpusFixture.IDS) {
            Run added = add(page(
                    id + ".raw", Files.readAllBytes(CorpusFixture.seedCorpus().resolve(id + ".txt"))));
            assertEquals(0, added.exit(), added.err());
        }
        Path dist = tmp.resolve("dist");
        String[] packageArgs = {
            "package",
            "--corpus=" + corpus,
            "--schema=" + schema,
            "--dist=" + dist,
            "--release-version=0.1.0",
            "--release-date=2026-11-22"
        };
        Run drafts = run(packageArgs);
        assertEquals(ExitCode.INVALID, drafts.exit());
        String report = drafts.out() + drafts.err();
        assertEquals(5, report.split("\\[SIDECAR_DRAFT]", -1).length - 1, report);
        assertTrue(report.contains("5 articles checked: "), report);
        // besides the drafts, only the titles drafting left blank for the curator to write
        assertTrue(
                report.lines()
                        .filter(l -> l.contains(": error ["))
                        .allMatch(l -> l.contains("[SIDECAR_DRAFT]") || l.contains("#/title:")),
                report);
        assertFalse(Files.exists(dist));

        // the curator's review: a blank title written as printed (the seed's curated one), the draft marked reviewed
        try (Stream<Path> sidecars = Files.list(corpus)) {
            for (Path p :
                    sidecars.filter(p -> p.toString().endsWith(".meta.json")).toList()) {
                String text = Files.readString(Path.of(p.toString().replace(".meta.json", ".txt")));
                String curatedTitle = null;
                for (String id : CorpusFixture.IDS) {
                    if (seed(id).equals(text)) {
                        curatedTitle = new ObjectMapper()
                                .readTree(CorpusFixture.seedCorpus()
                                        .resolve(id + ".meta.json")
                                        .toFile())
                                .get("title")
                                .asText();
                    }
                }
                Files.writeString(
                        p,
                        Files.readString(p)
                                .replace("\"review_status\": \"draft\"", "\"review_status\": \"reviewed\"")
                                .replace(
                                        "\"title\": null",
                                        "\"title\": " + new ObjectMapper().writeValueAsString(curatedTitle)));
            }
        }
        Run reviewed = run(packageArgs);
        assertEquals(0, reviewed.exit(), reviewed.out() + reviewed.err());
        String card = Files.readString(dist.resolve("zhengfa-corpus-0.1.0/README.md"));
        assertTrue(card.contains("| label (spans) | count | gold | silver |"), "the card counts silver spans apart");
        assertTrue(card.contains("| structure/headline | 4 | 0 | 4 |"), card);
    }

    @Test
    void aPageAlreadyInTheCorpusIsRejectedInEitherScript() throws IOException {
        String traditional = seed(CorpusFixture.XINJIANG);
        assertEquals(
                0,
                add(page("big5.txt", traditional.getBytes(Charset.forName("Big5"))))
                        .exit());
        List<String> before = corpusFiles();

        Run again = add(page("again.txt", traditional.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCode.INVALID, again.exit());
        assertTrue(
                again.err().contains("already in the corpus as xinjiang-2023-wang-mingshan; nothing was added"),
                again.err());

        String simplified = Transliterator.getInstance("Hant-Hans").transliterate(traditional);
        Run crossScript = add(page("simplified.txt", simplified.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCode.INVALID, crossScript.exit(), crossScript.out());
        assertTrue(
                crossScript.err().contains("already in the corpus as xinjiang-2023-wang-mingshan"), crossScript.err());
        assertEquals(before, corpusFiles());
    }

    @Test
    void anIdInUseIsNeverOverwritten() throws IOException {
        assertEquals(
                0,
                add(page("a.txt", seed(CorpusFixture.LESHAN).getBytes(StandardCharsets.UTF_8)))
                        .exit());
        byte[] sidecarBefore = Files.readAllBytes(corpus.resolve(CorpusFixture.LESHAN + ".meta.json"));
        Run taken = add(
                page("b.txt", seed(CorpusFixture.SUIZHOU).getBytes(StandardCharsets.UTF_8)),
                "--id=" + CorpusFixture.LESHAN);
        assertEquals(ExitCode.INVALID, taken.exit());
        assertTrue(taken.err().contains("the id " + CorpusFixture.LESHAN + " is already used"), taken.err());
        assertArrayEquals(sidecarBefore, Files.readAllBytes(corpus.resolve(CorpusFixture.LESHAN + ".meta.json")));
        assertEquals(3, corpusFiles().size());
    }

    @Test
    void whatIsNotTextIsRejectedNamingTheFileAndNothingIsWritten() throws IOException {
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 251);
        }
        for (Path bad : List.of(
                page("empty.txt", new byte[0]),
                page("image.png", binary),
                page("english.txt", "No Chinese here.\n".repeat(50).getBytes(StandardCharsets.ISO_8859_1)))) {
            Run run = add(bad);
            assertEquals(ExitCode.INVALID, run.exit(), bad + ": " + run.out());
            assertTrue(run.err().startsWith("error: " + bad), run.err());
            assertTrue(run.err().contains("nothing was added") && run.err().contains("fix:"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        assertEquals(List.of(), corpusFiles());
    }

    @Test
    void aCorpusFolderThatCannotBeWrittenIsAnErrorAndLeavesNothing() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("corpus-file"), "not a folder");
        StringWriter err = new StringWriter();
        int exit = Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "add",
                "--corpus=" + notAFolder,
                "--schema=" + schema,
                page("p.txt", seed(CorpusFixture.LESHAN).getBytes(StandardCharsets.UTF_8))
                        .toString());
        assertEquals(ExitCode.INVALID, exit);
        assertTrue(err.toString().contains("the corpus folder " + notAFolder + " does not exist"), err.toString());
        assertEquals("not a folder", Files.readString(notAFolder));
    }

    @Test
    void aBadIdDateOrAddressIsAUsageError() throws IOException {
        Path p = page("p.txt", seed(CorpusFixture.LESHAN).getBytes(StandardCharsets.UTF_8));
        assertEquals(ExitCode.USAGE, add(p, "--id=Not An Id").exit());
        assertEquals(ExitCode.USAGE, add(p, "--retrieved=30/11/2026").exit());
        for (String impossible : List.of("2025-13-01", "2030-02-30", "2026-11-30T24:10+08:00")) {
            Run run = add(p, "--retrieved=" + impossible);
            assertEquals(ExitCode.USAGE, run.exit(), impossible);
            assertTrue(run.err().contains("is not a real date or time"), run.err());
        }
        for (String notAnAddress : List.of("notaurl", "www.example.com/a.html", "https://exa mple.com/")) {
            Run run = add(p, "--url=" + notAnAddress);
            assertEquals(ExitCode.USAGE, run.exit(), notAnAddress);
            assertTrue(run.err().contains("is not an absolute address"), run.err());
        }
        for (String reserved : List.of("con", "nul", "aux", "com1", "lpt9")) {
            Run run = add(p, "--id=" + reserved);
            assertEquals(ExitCode.USAGE, run.exit(), reserved);
            assertTrue(run.err().contains("Windows reserves"), run.err());
        }
        assertEquals(List.of(), corpusFiles());
    }

    @Test
    void aWhiteSpaceFileIsCalledEmpty() throws IOException {
        Run run = add(page("blank.txt", " \n\u3000\t\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("the file is empty: it holds only white space"), run.err());
    }

    @Test
    void aTextOverTheValidationLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = tmp.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = "政法".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 24; i++) {
                out.write(block);
            }
        }
        long started = System.nanoTime();
        Run run = add(big);
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("validate accepts texts up to 8.0 MB"), run.err());
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "refused up front, not after drafting");
        assertEquals(List.of(), corpusFiles());
    }

    @Test
    void aJapanesePageIsRefused() throws IOException {
        // written for this test
        Run run = add(page(
                "ja.txt",
                ("東京の警察署で防犯教室\n警視庁によりますと、特殊詐欺の被害を防ぐため、区内の高齢者を対象にした教室を"
                                + "毎月開くことにしました。\n担当者は「地域の皆さんと一緒に被害をなくしていきたい」と話しています。\n")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExitCode.INVALID, run.exit());
        assertTrue(run.err().contains("not a Chinese article: it reads as Japanese"), run.err());
        assertEquals(List.of(), corpusFiles());
    }

    @Test
    void twoAddsOfOnePageAtOnceCannotBothSucceed() throws Exception {
        Path p = page("p.txt", seed(CorpusFixture.LESHAN).getBytes(StandardCharsets.UTF_8));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> add(p));
            var second = pool.submit(() -> add(p, "--id=leshan-other"));
            List<Integer> exits = List.of(first.get().exit(), second.get().exit());
            assertEquals(1, exits.stream().filter(e -> e == 0).count(), exits.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(
                3,
                corpusFiles().stream().filter(f -> !f.startsWith(".")).count(),
                corpusFiles().toString());
    }
}
