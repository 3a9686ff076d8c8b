package zhengfa.corpus.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import zhengfa.corpus.finding.Edit;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.finding.Severity;
import zhengfa.corpus.validation.ValidationReport;

/** Writes a validation report in one of the {@link ReportFormat}s. */
public final class ReportWriter {

    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    // Jackson's ObjectMapper is made only for JSON and SARIF reports: setting it up costs a cached
    // re-validation, which prints text, a few percent of its run.
    private static ObjectWriter prettyWriter() {
        return new ObjectMapper()
                .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }

    /**
     * @param projectRoot the folder finding paths are relative to (the corpus folder's parent), for
     *     resolving JSON Pointers to lines in SARIF
     */
    public void write(ValidationReport report, ReportFormat format, boolean strict, Path projectRoot, PrintWriter out)
            throws IOException {
        switch (format) {
            case TEXT -> text(report, out);
            case JSON -> out.println(prettyWriter().writeValueAsString(json(report, strict)));
            case SARIF -> out.println(prettyWriter().writeValueAsString(sarif(report, projectRoot)));
            default -> throw new IllegalArgumentException(format.toString());
        }
        out.flush();
    }

    private static void text(ValidationReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            text(f, out);
        }
        out.println(summary(report));
    }

    /** One finding as the text report prints it: where, what, and then what was found, expected and the fix. */
    public static void text(Finding f, PrintWriter out) {
        out.println(
                f.file() + f.location().render() + ": " + f.severity().label() + " [" + f.code() + "] " + f.message());
        if (f.found() != null) {
            out.println("    found:    " + f.found());
        }
        if (f.expected() != null) {
            out.println("    expected: " + f.expected());
        }
        if (f.fix() != null) {
            out.println("    fix:      " + f.fix());
        }
    }

    /** How many differences a release conflict names before it counts the rest. */
    static final int CONFLICT_NAMED = 8;

    /**
     * A release of this version that exists with other content, as one finding: the differences,
     * the articles first, named up to a few and counted beyond, and the fix once.
     */
    public static Finding conflict(String release, List<String> differences, String fix) {
        List<String> named = differences.subList(0, Math.min(CONFLICT_NAMED, differences.size()));
        String found = String.join("; ", named)
                + (differences.size() > named.size() ? "; and " + (differences.size() - named.size()) + " more" : "");
        return Finding.of(FindingCode.RELEASE_CONFLICT, release)
                .found(found)
                .expected("the same content, or a new version")
                .fix(fix)
                .message(differences.size() + (differences.size() == 1 ? " difference" : " differences")
                        + " from the release of this version");
    }

    /** The report's last line, e.g. "6 articles checked: 0 errors, 0 warnings". */
    public static String summary(ValidationReport report) {
        String counts =
                plural(report.articles(), "article") + " checked: " + plural(report.count(Severity.ERROR), "error")
                        + ", " + plural(report.count(Severity.WARNING), "warning");
        return report.omitted() == 0
                ? counts
                : counts + " (" + report.omitted()
                        + " further findings counted but not listed: see --max-findings-per-code)";
    }

    /** Why a corpus cannot be released, in one line, e.g. "The corpus is invalid: 2 errors in 1 article". */
    public static String invalidReason(ValidationReport report, boolean strict) {
        int errors = report.count(Severity.ERROR);
        if (errors == 0 && strict) {
            return "The corpus is invalid under --strict: " + plural(report.count(Severity.WARNING), "warning");
        }
        int articles = report.articlesWithErrors();
        return "The corpus is invalid: " + plural(errors, "error")
                + (articles == 0 ? "" : " in " + plural(articles, "article"));
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static ObjectNode json(ValidationReport report, boolean strict) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("valid", report.passes(strict));
        root.put("strict", strict);
        root.put("articles", report.articles());
        root.put("stopped_early", false);
        root.put("findings_omitted", report.omitted());
        ObjectNode counts = root.putObject("counts");
        counts.put("error", report.count(Severity.ERROR));
        counts.put("warning", report.count(Severity.WARNING));
        ObjectNode byCode = counts.putObject("by_code");
        new TreeMap<>(report.countsByCode()).forEach((code, n) -> byCode.put(code.name(), n));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code().name());
            node.put("severity", f.severity().label());
            node.put("file", f.file());
            ObjectNode location = node.putObject("location");
            Location l = f.location();
            if (l instanceof Location.JsonPointer p) {
                location.put("json_pointer", p.pointer());
            } else if (l instanceof Location.LineColumn lc) {
                location.put("line", lc.line()).put("column", lc.column());
            } else if (l instanceof Location.ByteOffset b) {
                location.put("byte_offset", b.offset());
            }
            node.put("message", f.message());
            node.put("found", f.found());
            node.put("expected", f.expected());
            node.put("fix", f.fix());
            if (f.edit() != null) {
                node.set("edit", edit(f.edit()));
            }
        }
        return root;
    }

    /** The fix in a form a program can apply: JSON values to set or remove, or a transformation of the text. */
    private static ObjectNode edit(Edit edit) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (edit instanceof Edit.JsonChanges changes) {
            ArrayNode list = node.putArray("json_changes");
            for (Edit.JsonChanges.Change change : changes.changes()) {
                ObjectNode item = list.addObject().put("pointer", change.pointer());
                if (change.json() == null) {
                    item.put("remove", true);
                } else {
                    item.putRawValue("value", new RawValue(change.json()));
                }
            }
        } else if (edit instanceof Edit.TextTransform transform) {
            node.put("text_transformation", transform.transformation().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private static ObjectNode sarif(ValidationReport report, Path projectRoot) {
        JsonPointerLines lines = new JsonPointerLines(projectRoot);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "zhengfa-corpus");
        driver.put("informationUri", "https://zhengfa-corpus.invalid/");
        ArrayNode rules = driver.putArray("rules");
        Map<FindingCode, Integer> ruleIndex = new TreeMap<>();
        for (FindingCode code : FindingCode.values()) {
            ruleIndex.put(code, rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", code.name());
            rule.putObject("shortDescription").put("text", code.title());
            rule.putObject("defaultConfiguration").put("level", level(code.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.code().name());
            result.put("ruleIndex", ruleIndex.get(f.code()));
            result.put("level", level(f.severity()));
            StringBuilder text = new StringBuilder(f.message());
            if (f.found() != null) {
                text.append(". Found: ").append(f.found());
            }
            if (f.expected() != null) {
                text.append(". Expected: ").append(f.expected());
            }
            if (f.fix() != null) {
                text.append(". Fix: ").append(f.fix());
            }
            result.putObject("message").put("text", text.toString());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", f.file());
            Location l = f.location();
            if (l instanceof Location.LineColumn lc) {
                physical.putObject("region").put("startLine", lc.line()).put("startColumn", lc.column());
            } else if (l instanceof Location.ByteOffset b) {
                physical.putObject("region").put("byteOffset", b.offset());
            } else if (l instanceof Location.JsonPointer p) {
                lines.locate(f.file(), p.pointer())
                        .ifPresent(lc -> physical.putObject("region")
                                .put("startLine", lc.line())
                                .put("startColumn", lc.column()));
                result.putArray("logicalLocations")
                        .addObject()
                        .put("fullyQualifiedName", p.pointer())
                        .put("kind", "member");
            }
        }
        return root;
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }
}
