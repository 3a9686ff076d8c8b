package zhengfa.corpus.finding;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import zhengfa.corpus.bad.BadInputCatalogue;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.report.ReportWriter;

/**
 * Writes docs/finding-codes.md: every {@link FindingCode} with its severity and title, and, where
 * the bad-input catalogue has a case that gives it, that case's real finding as the example, with
 * the fix the tool prints. Generated, never edited: FindingCodesDocumentTest fails when it is stale.
 */
final class FindingCodesDocument {

    private record Example(String caseName, String description, String finding) {}

    /** Codes the catalogue cannot give, and why; every other code must have a case. */
    private static final Map<FindingCode, String> WHY_NO_CASE = Map.of(
            FindingCode.CORPUS_UNREADABLE_FILE,
            "Reported when reading a file fails, for instance for lack of permission. The catalogue cannot hold such a\n"
                    + "file: git keeps no read permissions, and a test run as root reads anything. Example, from a corpus\n"
                    + "in /tmp/unr with one text made unreadable (chmod 000) and validated as an unprivileged user:\n\n```\n"
                    + "corpus/leshan-2022-liao-quanjun.txt: error [CORPUS_UNREADABLE_FILE] file cannot be read\n"
                    + "    found:    AccessDeniedException: /tmp/unr/corpus/leshan-2022-liao-quanjun.txt\n"
                    + "    expected: a readable file\n"
                    + "    fix:      check the file's permissions\n```");

    /** What a reader of a code needs beyond its title and example. */
    private static final Map<FindingCode, String> NOTES = Map.of(
            FindingCode.TEXT_SCRIPT_MIXED, scriptNote(),
            FindingCode.TEXT_SCRIPT_MISMATCH, scriptNote(),
            FindingCode.TEXT_SCRIPT_UNDETERMINED, scriptNote(),
            FindingCode.TEXT_NOT_CHINESE,
                    "The text is read without its boilerplate spans, line by line: a line with kana (or hangul)\n"
                            + "counts for Japanese (or Korean), and the text is not Chinese when such lines hold 30% or more of its\n"
                            + "CJK characters, or when it has fewer Han characters than words in other letters (Latin,\n"
                            + "Cyrillic, Greek…). One English or Japanese prompt on a Chinese page does not make it foreign.\n");

    private static String scriptNote() {
        return "The script is read from the text without its boilerplate spans: a line of page furniture in the other script (a\n"
                + "mirror's injected spam, a site's menu) is cleared by annotating it as boilerplate.\n";
    }

    private FindingCodesDocument() {}

    static String render(Path scratch) throws IOException {
        Map<FindingCode, Example> examples = examples(scratch);
        StringBuilder doc = new StringBuilder();
        doc.append("# Finding codes\n\n")
                .append(
                        "Every problem `validate`, `package` and `verify` report has one of these codes. Codes are stable: a\n")
                .append("code is never renamed or reused. Errors fail; warnings fail only with `--strict`.\n\n")
                .append("The examples are the tool's own output for the cases of the bad-input catalogue\n")
                .append(
                        "(`src/test/resources/bad/`), each with the fix the tool suggests. This file is generated from\n")
                .append(
                        "`FindingCode` and that catalogue; `FindingCodesDocumentTest` fails when it is stale. Regenerate it with\n")
                .append(
                        "`mvn -o test -Dunit.excludedGroups= -Dtest=FindingCodesDocumentTest -Dzhengfa.regenerate=true`.\n\n")
                .append(
                        "Where a fix needs no judgement, a JSON report (`--format=json`) gives it also as an `edit` a script\n")
                .append(
                        "can apply to the finding's file: `json_changes`, a list of `{\"pointer\": …, \"value\": …}` to set\n")
                .append(
                        "(or `{\"pointer\": …, \"remove\": true}`), or `text_transformation` (`strip_byte_order_mark`,\n")
                .append(
                        "`lf_line_endings`, `nfc`) for the whole text. Each edit is against the file as validated: apply one,\n")
                .append("then validate again. Once applied, the finding is gone and no finding of a new kind appears\n")
                .append("(`ComputedFixesIT` applies every edit the bad-input catalogue gives).\n\n");
        doc.append("| code | severity | what it means |\n|---|---|---|\n");
        for (FindingCode code : FindingCode.values()) {
            doc.append("| [`")
                    .append(code)
                    .append("`](#")
                    .append(code.name().toLowerCase(Locale.ROOT))
                    .append(") | ")
                    .append(code.severity().label())
                    .append(" | ")
                    .append(code.title())
                    .append(" |\n");
        }
        for (FindingCode code : FindingCode.values()) {
            doc.append("\n## ")
                    .append(code)
                    .append("\n\n")
                    .append(code.severity().label())
                    .append(": ")
                    .append(code.title())
                    .append(".\n\n");
            if (NOTES.containsKey(code)) {
                doc.append(NOTES.get(code)).append('\n');
            }
            Example example = examples.get(code);
            if (example == null && code.name().startsWith("RELEASE_")) {
                doc.append(
                                "Reported about a cut release, by `verify` (and, for a conflict, by `package`); the bad-input\n")
                        .append("catalogue holds corpora, so its examples are in `ReleaseVerifierTest` instead.\n");
                continue;
            }
            if (example == null && WHY_NO_CASE.containsKey(code)) {
                doc.append(WHY_NO_CASE.get(code)).append('\n');
                continue;
            }
            if (example == null) {
                throw new IllegalStateException(code + " has no example: add a case to src/test/resources/bad/");
            }
            doc.append("Example: ")
                    .append(example.description())
                    .append(" (`src/test/resources/bad/")
                    .append(example.caseName())
                    .append("/`)\n\n```\n")
                    .append(example.finding())
                    .append("```\n");
        }
        return doc.toString();
    }

    /** The first finding of each code, in the catalogue's order of cases and the report's order of findings. */
    private static Map<FindingCode, Example> examples(Path scratch) throws IOException {
        Map<FindingCode, Example> examples = new EnumMap<>(FindingCode.class);
        for (String name : BadInputCatalogue.cases()) {
            JsonNode spec = BadInputCatalogue.spec(name);
            Path work = BadInputCatalogue.prepare(name, scratch.resolve(name));
            try {
                for (Finding finding : BadInputCatalogue.validator(work)
                        .validate(work.resolve("corpus"))
                        .findings()) {
                    if (!examples.containsKey(finding.code())) {
                        StringWriter text = new StringWriter();
                        ReportWriter.text(finding, new PrintWriter(text, true));
                        // Paths inside the scratch folder are shown relative to it, as a curator running the case would
                        // see them.
                        String shown = text.toString().replace(work + "/", "");
                        examples.put(
                                finding.code(),
                                new Example(name, spec.get("description").asText(), shown));
                    }
                }
            } finally {
                FileTree.deleteRecursively(work);
            }
        }
        return examples;
    }

    static Path path() {
        return Path.of(System.getProperty("zhengfa.basedir", "."), "docs", "finding-codes.md");
    }
}
