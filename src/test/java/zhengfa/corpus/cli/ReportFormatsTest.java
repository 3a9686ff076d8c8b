package zhengfa.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

class ReportFormatsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    private CorpusFixture brokenCorpus() {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023-02-30"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("date", "2022-02-30"));
        corpus.writeBytes(corpus.text(CorpusFixture.XINJIANG), new byte[] {'x', (byte) 0xFF});
        corpus.delete(corpus.annotations(CorpusFixture.XINJIANG));
        return corpus;
    }

    private static JsonNode validate(Path corpus, String... extra) throws Exception {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(
                List.of("validate", "--schema=" + CorpusFixture.seedSchema(), "--release-date=2026-11-22"));
        args.addAll(List.of(extra));
        args.add("--corpus=" + corpus);
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        assertEquals(ExitCode.INVALID, exit);
        return MAPPER.readTree(out.toString());
    }

    @Test
    void jsonReportHasEveryFindingWithCountsAndLocations() throws Exception {
        JsonNode report = validate(brokenCorpus().dir(), "--format=json");
        assertFalse(report.get("valid").asBoolean());
        assertFalse(report.get("stopped_early").asBoolean());
        assertEquals(5, report.get("articles").asInt());
        assertEquals(0, report.get("findings_omitted").asInt());
        assertEquals(3, report.get("counts").get("error").asInt());
        assertEquals(
                2,
                report.get("counts").get("by_code").get("SIDECAR_DATE_INVALID").asInt());
        JsonNode first = report.get("findings").get(0);
        assertEquals("SIDECAR_DATE_INVALID", first.get("code").asText());
        assertEquals("/date", first.get("location").get("json_pointer").asText());
        assertTrue(first.get("fix").asText().length() > 10);
        JsonNode utf8 = report.get("findings").get(2);
        assertEquals(1, utf8.get("location").get("byte_offset").asInt());
    }

    @Test
    void jsonReportGivesAFixThatNeedsNoJudgementAsAnEdit() throws Exception {
        CorpusFixture corpus = CorpusFixture.copyOf(tmp);
        corpus.editSidecar(CorpusFixture.SUIZHOU, s -> s.put("date", "2023年2月8日"));
        corpus.editSidecar(CorpusFixture.LESHAN, s -> s.put("id", "leshan-renamed"));
        corpus.editSidecar(CorpusFixture.XINJIANG, s -> s.put("date", "2023-02-30"));
        JsonNode findings = validate(corpus.dir(), "--format=json").get("findings");
        JsonNode date = find(findings, "/date");
        assertEquals(
                "write \"2023-02-08\" with \"date_precision\": \"day\"",
                date.get("fix").asText());
        JsonNode changes = date.get("edit").get("json_changes");
        assertEquals("/date", changes.get(0).get("pointer").asText());
        assertEquals("2023-02-08", changes.get(0).get("value").asText());
        assertEquals("/date_precision", changes.get(1).get("pointer").asText());
        assertEquals("day", changes.get(1).get("value").asText());
        JsonNode id = find(findings, "/id");
        assertEquals(
                CorpusFixture.LESHAN,
                id.get("edit").get("json_changes").get(0).get("value").asText());
        assertFalse(find(findings, null).has("edit"), "a finding whose fix needs judgement has no edit");
    }

    private static JsonNode find(JsonNode findings, String pointer) {
        for (JsonNode f : findings) {
            if (pointer == null
                    ? !f.has("edit")
                    : pointer.equals(f.path("location").path("json_pointer").asText(null))) {
                return f;
            }
        }
        throw new AssertionError("no finding at " + pointer + " in " + findings);
    }

    @Test
    void sarifPointsCiAtTheOffendingLine() throws Exception {
        CorpusFixture corpus = brokenCorpus();
        JsonNode sarif = validate(corpus.dir(), "--format=sarif");
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("zhengfa-corpus", run.get("tool").get("driver").get("name").asText());
        JsonNode result = run.get("results").get(0);
        assertEquals("SIDECAR_DATE_INVALID", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals(
                "corpus/" + CorpusFixture.LESHAN + ".meta.json",
                location.get("artifactLocation").get("uri").asText());
        List<String> lines = Files.readAllLines(corpus.sidecar(CorpusFixture.LESHAN));
        int line = location.get("region").get("startLine").asInt();
        assertTrue(lines.get(line - 1).contains("\"date\" : \"2022-02-30\""), lines.get(line - 1));
        assertEquals(
                "/date",
                result.get("logicalLocations").get(0).get("fullyQualifiedName").asText());
        String rule = run.get("tool")
                .get("driver")
                .get("rules")
                .get(result.get("ruleIndex").asInt())
                .get("id")
                .asText();
        assertEquals("SIDECAR_DATE_INVALID", rule);
    }

    @Test
    void findingsBeyondThePerCodeCapAreCountedNotListed() throws Exception {
        JsonNode report = validate(brokenCorpus().dir(), "--format=json", "--max-findings-per-code=1");
        assertEquals(3, report.get("counts").get("error").asInt());
        assertEquals(1, report.get("findings_omitted").asInt());
        assertEquals(2, report.get("findings").size());
    }

    @Test
    void reportToAFile() throws Exception {
        Path file = tmp.resolve("report.sarif");
        StringWriter out = new StringWriter();
        int exit = Main.execute(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "validate",
                "--schema=" + CorpusFixture.seedSchema(),
                "--release-date=2026-11-22",
                "--format=sarif",
                "--output=" + file,
                "--corpus=" + brokenCorpus().dir());
        assertEquals(ExitCode.INVALID, exit);
        assertTrue(
                out.toString().contains("5 articles checked: 3 errors, 0 warnings; report written to"), out.toString());
        assertEquals("2.1.0", MAPPER.readTree(file.toFile()).get("version").asText());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        int exit = Main.execute(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "validate",
                "--format=xml",
                "--corpus=" + CorpusFixture.seedCorpus());
        assertEquals(ExitCode.USAGE, exit);
    }
}
