package zhengfa.corpus.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.CorpusLock;
import zhengfa.corpus.corpus.NewArticle;
import zhengfa.corpus.draft.ArticleDrafter;
import zhengfa.corpus.draft.DraftedField;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.json.JsonLimits;
import zhengfa.corpus.report.ReportWriter;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.validation.rules.RetrievedAtRule;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Adds a raw scraped page to the corpus as a drafted article: the text in the corpus form"
                    + " (UTF-8, LF, NFC), a sidecar drafted from the text and marked \"review_status\": \"draft\", and"
                    + " silver spans. Prints what it drafted, with the evidence, as a review checklist; the last line"
                    + " is \"added <id>\". validate and package reject the article until a curator sets"
                    + " \"review_status\": \"reviewed\"."
        })
final class AddCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    CorpusFolders folders = new CorpusFolders();

    @Option(names = "--id", paramLabel = "ID", description = "The article's id (default: suggested from the text).")
    String id;

    @Option(names = "--url", paramLabel = "URL", description = "Where the page was retrieved from (recorded as url).")
    String url;

    @Option(
            names = "--retrieved",
            paramLabel = "DATE",
            description = "When the page was retrieved, as an ISO 8601 date or date-time (recorded as retrieved_at).")
    String retrieved;

    @Parameters(
            paramLabel = "FILE",
            description = "The raw page: UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (id != null && (!CorpusLayout.ID.matcher(id).matches() || id.length() > CorpusLayout.MAX_ID_LENGTH)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--id " + id
                            + " is not an article id: use lowercase a-z, 0-9 and single hyphens, at most "
                            + CorpusLayout.MAX_ID_LENGTH + " characters");
        }
        if (id != null && CorpusLayout.isReservedName(id)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--id " + id + " is a device name Windows reserves"
                            + " (con, prn, aux, nul, com1-9, lpt1-9): a clone on Windows could not hold its files; choose another id");
        }
        if (retrieved != null && !retrieved.matches(RetrievedAtRule.FORM)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--retrieved " + retrieved
                            + " is not an ISO 8601 date or date-time with a zone, e.g. 2026-11-30 or 2026-11-30T09:15+08:00");
        }
        if (retrieved != null && !realDateOrTime(retrieved)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--retrieved " + retrieved
                            + " is not a real date or time (no month 13, no 30 February, no hour 24)");
        }
        if (url != null && !absoluteUri(url)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--url " + url + " is not an absolute address: give the page's address as the browser showed it,"
                            + " e.g. https://www.example.gov.cn/news/2024/0315.html");
        }
        if (!Files.isRegularFile(file)) {
            return reject(err, file + " is not a file", "give the path of the saved page");
        }
        if (!Files.isDirectory(folders.corpus)) {
            return reject(err, "the corpus folder " + folders.corpus + " does not exist", "create it or pass --corpus");
        }
        ProjectVocabulary vocabulary;
        try {
            vocabulary = ProjectVocabulary.load(folders.schema);
        } catch (VocabularyException e) {
            err.println("error: " + e.getMessage());
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }
        long size = Files.size(file);
        long limit = ValidationSettings.DEFAULT_MAX_TEXT_BYTES;
        if (size > limit) {
            return reject(
                    err,
                    file + " is " + megabytes(size) + "; validate accepts texts up to " + megabytes(limit),
                    "save the article's own text without the rest of the page, or split a page that holds several articles");
        }
        byte[] bytes = Files.readAllBytes(file);
        ScriptDetector scripts = new ScriptDetector();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ArticleDrafter drafter = new ArticleDrafter(vocabulary, scripts);
        // One writer at a time: the duplicate and id checks and the writing happen under the corpus's lock.
        try (CorpusLock lock = CorpusLock.take(
                folders.corpus,
                () -> err.println("waiting for another add or rename on " + folders.corpus + " to finish…"))) {
            return addLocked(out, err, vocabulary, scripts, drafter, bytes, today, limit);
        }
    }

    private int addLocked(
            PrintWriter out,
            PrintWriter err,
            ProjectVocabulary vocabulary,
            ScriptDetector scripts,
            ArticleDrafter drafter,
            byte[] bytes,
            LocalDate today,
            long limit)
            throws IOException {
        Map<String, String> existing = existingTexts(scripts);
        ArticleDrafter.Outcome outcome = drafter.draft(
                bytes,
                file.getFileName().toString(),
                id,
                new ArticleDrafter.Provenance(url, retrieved),
                candidate -> isTaken(candidate),
                today);
        if (outcome instanceof ArticleDrafter.NotText notText) {
            return reject(
                    err,
                    file + ": " + notText.rejection().problem(),
                    notText.rejection().fix());
        }
        if (outcome instanceof ArticleDrafter.NotChinese notChinese) {
            return reject(
                    err,
                    file + ": the page is not a Chinese article: it reads as "
                            + notChinese.verdict().describe(),
                    "the corpus holds Chinese-language articles only; check that the right page was saved");
        }
        if (outcome instanceof ArticleDrafter.NotAnArticle notAnArticle) {
            return reject(
                    err,
                    file + ": the page is not an article: " + notAnArticle.reason(),
                    "save the article's page itself, not a list, index or counter page");
        }
        ArticleDrafter.Drafted draft = (ArticleDrafter.Drafted) outcome;
        String articleId = draft.sidecar().get("id").asText();
        long stored = draft.text().getBytes(StandardCharsets.UTF_8).length;
        if (stored > limit) {
            return reject(
                    err,
                    file + " is " + megabytes(stored) + " as UTF-8; validate accepts texts up to " + megabytes(limit),
                    "save the article's own text without the rest of the page, or split a page that holds several articles");
        }
        Optional<String> duplicate = duplicateOf(draft.text(), scripts, existing);
        if (duplicate.isPresent()) {
            return reject(
                    err,
                    file + ": its text is already in the corpus as " + duplicate.get(),
                    "nothing to add; to replace that article, edit its files instead");
        }
        if (isTaken(articleId)) {
            return reject(
                    err,
                    "the id " + articleId + " is already used in " + folders.corpus,
                    "choose another id with --id");
        }

        out.println("Read " + file + " as " + draft.page().encoding()
                + (draft.page().hadBom() ? " with a byte order mark" : "")
                + " (detected, confidence " + draft.page().confidence() + "/100)"
                + "; " + storedAs(draft.page().encoding(), draft.changes()) + ".");
        ObjectWriter json = CuratedJson.writer();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                articleId + CorpusLayout.ANNOTATIONS_SUFFIX,
                (json.writeValueAsString(draft.annotations()) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put(
                articleId + CorpusLayout.SIDECAR_SUFFIX,
                (json.writeValueAsString(draft.sidecar()) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put(articleId + CorpusLayout.TEXT_SUFFIX, draft.text().getBytes(StandardCharsets.UTF_8));
        long annotationBytes = files.get(articleId + CorpusLayout.ANNOTATIONS_SUFFIX).length;
        if (annotationBytes > JsonLimits.DEFAULT.maxFileBytes()) {
            return reject(
                    err,
                    "the drafted annotation file would be " + megabytes(annotationBytes) + ", over the "
                            + megabytes(JsonLimits.DEFAULT.maxFileBytes()) + " validate reads",
                    "save the article's own text without the"
                            + " rest of the page, or split a page that holds several articles");
        }
        try {
            new NewArticle(new CorpusLayout(folders.corpus)).write(articleId, files);
        } catch (NewArticle.NotWritten e) {
            err.println("error: " + e.getMessage());
            err.println("    fix:      check that the corpus folder is writable and try again");
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }

        out.println();
        out.println("Review " + folders.corpus.resolve(articleId + CorpusLayout.SIDECAR_SUFFIX)
                + " against the text; each drafted field and where it came from:");
        for (DraftedField field : draft.checklist()) {
            out.printf("  [ ] %-12s %s%n", field.field(), field.value() == null ? "(blank)" : field.value());
            if (field.evidence() != null) {
                out.println("                   from: " + oneLine(field.evidence()));
            }
            if (field.note() != null) {
                out.println("                   note: " + field.note());
            }
            if (field.blank()) {
                field.candidates().forEach(c -> out.println("                   candidate: " + oneLine(c)));
            }
        }
        long silver = draft.annotations().get("spans").size();
        out.println();
        out.println("Drafted " + silver + (silver == 1 ? " silver span in " : " silver spans in ")
                + folders.corpus.resolve(articleId + CorpusLayout.ANNOTATIONS_SUFFIX)
                + " (each says the rule or model that made it in \"source\"); correct them, or delete the file.");
        List<Finding> problems = problemsOfDraft(vocabulary, scripts, files, today);
        if (!problems.isEmpty()) {
            out.println();
            out.println("validate will also report these until they are fixed:");
            problems.forEach(f -> ReportWriter.text(f, out));
        }
        out.println();
        out.println("When every field is right, set \"review_status\": \"reviewed\" and run validate.");
        out.println("added " + articleId);
        main.conclude("added " + articleId);
        return ExitCode.OK;
    }

    private static boolean realDateOrTime(String value) {
        try {
            RetrievedAtRule.day(value);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    /** An absolute RFC 3986 address, as the schema's uri format wants it. */
    private static boolean absoluteUri(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private int reject(PrintWriter err, String problem, String fix) {
        err.println("error: " + problem + "; nothing was added");
        err.println("    fix:      " + fix);
        main.conclude(problem + "; nothing was added");
        return ExitCode.INVALID;
    }

    private boolean isTaken(String candidate) {
        return Stream.of(CorpusLayout.TEXT_SUFFIX, CorpusLayout.SIDECAR_SUFFIX, CorpusLayout.ANNOTATIONS_SUFFIX)
                .anyMatch(suffix -> Files.exists(folders.corpus.resolve(candidate + suffix)));
    }

    /** The corpus's texts by id, folded to Simplified, to find a page added twice (also in the other script). */
    private Map<String, String> existingTexts(ScriptDetector scripts) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folders.corpus)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(CorpusLayout.TEXT_SUFFIX) && Files.isRegularFile(p)) {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    texts.put(
                            name.substring(0, name.length() - CorpusLayout.TEXT_SUFFIX.length()),
                            scripts.foldToSimplified(text));
                }
            }
        }
        return texts;
    }

    private static Optional<String> duplicateOf(String text, ScriptDetector scripts, Map<String, String> existing) {
        String folded = scripts.foldToSimplified(text);
        return existing.entrySet().stream()
                .filter(e -> e.getValue().equals(folded))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** What validate would say of the new article, other than that it is a draft. */
    private List<Finding> problemsOfDraft(
            ProjectVocabulary vocabulary, ScriptDetector scripts, Map<String, byte[]> files, LocalDate today)
            throws IOException {
        Path scratch = Files.createTempDirectory("zhengfa-add-");
        try {
            Path alone = Files.createDirectory(scratch.resolve("corpus"));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(alone.resolve(f.getKey()), f.getValue());
            }
            ValidationReport report =
                    new CorpusValidator(vocabulary, ValidationSettings.defaults(today), scripts).validate(alone);
            return report.findings().stream()
                    .filter(f -> f.code() != FindingCode.SIDECAR_DRAFT)
                    .map(f -> f.inFile(folders.corpus
                            .resolve(f.file().substring(f.file().indexOf('/') + 1))
                            .toString()))
                    .toList();
        } finally {
            zhengfa.corpus.dataset.FileTree.deleteRecursively(scratch);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String oneLine(String s) {
        String flat = s.replace("\n", " ⏎ ");
        return flat.length() > 160 ? flat.substring(0, 157) + "…" : flat;
    }

    /** What storing the page did: nothing, or re-encoded as UTF-8 (the corpus's encoding) and the normalisation's changes. */
    static String storedAs(String encoding, List<String> changes) {
        List<String> done = new ArrayList<>();
        if (!"UTF-8".equalsIgnoreCase(encoding)) {
            done.add("stored as UTF-8");
        }
        done.addAll(changes);
        return done.isEmpty() ? "stored unchanged" : String.join(", ", done);
    }
}
