package zhengfa.corpus.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;

/** The benchmark's scoring, on pages written for this test (src/test/resources/zhengfa/corpus/draft/benchmark). */
class PageBenchmarkTest {

    private static final Path DIR = CorpusFixture.resource("/zhengfa/corpus/draft/benchmark");

    private static PageBenchmark.Result run() throws IOException {
        List<JsonNode> labels = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("labels.jsonl"))) {
            labels.add(new ObjectMapper().readTree(line));
        }
        return new PageBenchmark(CorpusFixture.vocabulary(), LocalDate.of(2026, 12, 6)).run(DIR, labels, null);
    }

    @Test
    void everyFieldIsRightWrongOrBlankAndRefusalsAndFurnitureAreCounted() throws IOException {
        PageBenchmark.Result r = run();
        Map<PageBenchmark.Verdict, Integer> all = r.totals(null, false);
        assertEquals(14, all.values().stream().mapToInt(Integer::intValue).sum(), "7 fields of the 2 Chinese pages");
        assertTrue(
                r.fields().stream()
                        .filter(s -> s.page().equals("901"))
                        .allMatch(s -> s.verdict() == PageBenchmark.Verdict.RIGHT),
                r.fields().toString());
        PageBenchmark.Scored date = r.fields().stream()
                .filter(s -> s.page().equals("903") && s.field() == PageBenchmark.Field.DATE)
                .findFirst()
                .orElseThrow();
        assertEquals(PageBenchmark.Verdict.WRONG, date.verdict(), "the address files the page a day after the label");
        PageBenchmark.Scored region = r.fields().stream()
                .filter(s -> s.page().equals("903") && s.field() == PageBenchmark.Field.REGION)
                .findFirst()
                .orElseThrow();
        assertEquals(PageBenchmark.Verdict.BLANK, region.verdict());
        assertEquals(
                1,
                r.refusals().stream()
                        .filter(x -> x.shouldRefuse() && x.refused())
                        .count());
        assertEquals(new PageBenchmark.LineCounts(5, 5, 5), r.boilerplate());
        assertTrue(
                r.problems().stream().anyMatch(p -> p.startsWith("904: not retrieved")),
                r.problems().toString());
    }

    @Test
    void pinyinGlossesAMirrorInsertedDoNotDecideASourceOrAName() throws IOException {
        com.fasterxml.jackson.databind.JsonNode label = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"source_as_printed\": \"法治網(wǎng)\", \"reporters\": [\"區(qū)天海\", \"李明\"]}");
        assertEquals("法治網", PageBenchmark.expected(label, PageBenchmark.Field.SOURCE_AS_PRINTED));
        assertEquals("區天海、李明", PageBenchmark.expected(label, PageBenchmark.Field.REPORTERS));
    }

    @Test
    void theTablePrintsEveryFieldAndTheTotals() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PageBenchmark.print("test", run(), new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| source_as_printed | 2 | 0 | 0 | 1 / 0 / 0 |"), table);
        assertTrue(table.contains("Refusals: 1 of 1 non-Chinese pages refused; 0 Chinese articles refused."), table);
        assertTrue(table.contains("- 903 date wrong: expected 2018-03-13, drafted 2018-03-14"), table);
    }
}
