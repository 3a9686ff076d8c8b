package zhengfa.corpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.corpus.NewArticle;
import zhengfa.corpus.curation.PageAdder;
import zhengfa.corpus.curation.PageUrls;
import zhengfa.corpus.draft.ArticleDrafter;
import zhengfa.corpus.draft.DraftedField;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.report.ReportWriter;
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
                    + " is \"added <id>\" (for several pages, a summary table and \"added N of M pages\"). validate"
                    + " and package reject the article until a curator sets \"review_status\": \"reviewed\"."
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

    @Option(
            names = "--urls",
            paramLabel = "FILE",
            description = "The pages' addresses, one page a line: its path (relative to FILE's folder) and its URL,"
                    + " separated by a tab or spaces; # starts a comment. A page not listed is added without one.")
    Path urls;

    @Parameters(
            arity = "1..*",
            paramLabel = "PAGE",
            description = "The raw pages, or folders of them (each file directly inside, in name order; hidden files"
                    + " skipped): UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16.")
    List<Path> given;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        if (urls != null && url != null) {
            throw usage("--url and --urls both give addresses: use --url for one page, or --urls for a list");
        }
        List<Path> pages = pages();
        if (pages.size() > 1 && (id != null || url != null)) {
            throw usage((id != null ? "--id" : "--url") + " names one page, and " + pages.size()
                    + " are given: add them one by one, or give their addresses with --urls");
        }
        PageUrls.Read addresses = addresses(pages);
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
        PageAdder adder = PageAdder.builder()
                .corpus(folders.corpus)
                .vocabulary(vocabulary)
                .retrievedAt(retrieved)
                .requestedId(id)
                .today(LocalDate.now(ZoneOffset.UTC))
                .build();
        List<PageAdder.Page> batch = pages.stream()
                .map(page ->
                        new PageAdder.Page(page, url != null ? url : addresses == null ? null : addresses.of(page)))
                .toList();
        List<BatchSummary.Row> rows = new ArrayList<>();
        boolean several = pages.size() > 1;
        try {
            adder.add(
                    batch,
                    () -> err.println("waiting for another add or rename on " + folders.corpus + " to finish…"),
                    outcome -> {
                        rows.add(BatchSummary.Row.of(outcome));
                        report(out, err, outcome, several);
                    });
        } catch (NewArticle.NotWritten e) {
            err.println("error: " + e.getMessage());
            err.println("    fix:      check that the corpus folder is writable and try again"
                    + (rows.isEmpty() ? "" : "; the pages reported added above are in the corpus"));
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }
        return several ? concludeBatch(out, rows) : concludeOne(rows.get(0));
    }

    private void checkOptions() {
        if (id != null && (!CorpusLayout.ID.matcher(id).matches() || id.length() > CorpusLayout.MAX_ID_LENGTH)) {
            throw usage("--id " + id
                    + " is not an article id: use lowercase a-z, 0-9 and single hyphens, at most "
                    + CorpusLayout.MAX_ID_LENGTH + " characters");
        }
        if (id != null && CorpusLayout.isReservedName(id)) {
            throw usage(
                    "--id " + id + " is a device name Windows reserves"
                            + " (con, prn, aux, nul, com1-9, lpt1-9): a clone on Windows could not hold its files; choose another id");
        }
        if (retrieved != null && !retrieved.matches(RetrievedAtRule.FORM)) {
            throw usage("--retrieved " + retrieved
                    + " is not an ISO 8601 date or date-time with a zone, e.g. 2026-11-30 or 2026-11-30T09:15+08:00");
        }
        if (retrieved != null && !realDateOrTime(retrieved)) {
            throw usage("--retrieved " + retrieved
                    + " is not a real date or time (no month 13, no 30 February, no hour 24)");
        }
        if (url != null && !PageUrls.isAbsoluteUri(url)) {
            throw usage(
                    "--url " + url + " is not an absolute address: give the page's address as the browser showed it,"
                            + " e.g. https://www.example.gov.cn/news/2024/0315.html");
        }
    }

    /** The pages given, each folder replaced by the files directly inside it, in name order. */
    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        Path list = urls == null ? null : urls.toAbsolutePath().normalize();
        for (Path page : given) {
            if (!Files.isDirectory(page)) {
                pages.add(page);
                continue;
            }
            List<Path> inside;
            try (Stream<Path> files = Files.list(page)) {
                inside = files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.toAbsolutePath().normalize().equals(list))
                        .sorted()
                        .toList();
            }
            if (inside.isEmpty()) {
                throw usage("the folder " + page + " holds no pages: save the pages in it, or name the files");
            }
            pages.addAll(inside);
        }
        return pages;
    }

    private PageUrls.Read addresses(List<Path> pages) throws IOException {
        if (urls == null) {
            return null;
        }
        if (!Files.isRegularFile(urls)) {
            throw usage("--urls " + urls + " is not a file: give the list of the pages' addresses");
        }
        PageUrls.Reading reading = PageUrls.read(urls, pages);
        if (reading instanceof PageUrls.Wrong wrong) {
            throw usage("--urls " + urls + " has " + wrong.problems().size()
                    + (wrong.problems().size() == 1 ? " wrong line" : " wrong lines") + "; nothing was added:\n  "
                    + String.join("\n  ", wrong.problems()));
        }
        return (PageUrls.Read) reading;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void report(PrintWriter out, PrintWriter err, PageAdder.Outcome outcome, boolean several) {
        if (outcome instanceof PageAdder.Refused refused) {
            err.println("error: " + refused.problem() + "; nothing was added");
            err.println("    fix:      " + refused.fix());
            err.flush();
            return;
        }
        PageAdder.Added added = (PageAdder.Added) outcome;
        if (several) {
            out.println("=== " + added.file());
        }
        reportAdded(out, added);
        if (several) {
            out.println();
        }
        out.flush();
    }

    private void reportAdded(PrintWriter out, PageAdder.Added added) {
        ArticleDrafter.Drafted draft = added.draft();
        String articleId = added.id();
        out.println("Read " + added.file() + " as " + draft.page().encoding()
                + (draft.page().hadBom() ? " with a byte order mark" : "")
                + " (detected, confidence " + draft.page().confidence() + "/100)"
                + "; " + storedAs(draft.page().encoding(), draft.changes()) + ".");
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
        List<Finding> problems = added.problems();
        if (!problems.isEmpty()) {
            out.println();
            out.println("validate will also report these until they are fixed:");
            problems.forEach(f -> ReportWriter.text(f, out));
        }
        out.println();
        out.println("When every field is right, set \"review_status\": \"reviewed\" and run validate.");
    }

    private int concludeOne(BatchSummary.Row row) {
        if (row.refusal() != null) {
            main.conclude(row.refusal() + "; nothing was added");
            return ExitCode.INVALID;
        }
        String articleId = row.id();
        spec.commandLine().getOut().println("added " + articleId);
        main.conclude("added " + articleId);
        return ExitCode.OK;
    }

    private int concludeBatch(PrintWriter out, List<BatchSummary.Row> rows) {
        long added = rows.stream().filter(r -> r.refusal() == null).count();
        out.print(BatchSummary.table(rows));
        String conclusion = "added " + added + " of " + rows.size() + " pages"
                + (added == rows.size()
                        ? ""
                        : rows.size() - added == 1
                                ? "; 1 refused, none of its files written"
                                : "; " + (rows.size() - added) + " refused, none of their files written");
        out.println(conclusion);
        main.conclude(conclusion);
        return added == rows.size() ? ExitCode.OK : ExitCode.INVALID;
    }

    private static boolean realDateOrTime(String value) {
        try {
            RetrievedAtRule.day(value);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private int reject(PrintWriter err, String problem, String fix) {
        err.println("error: " + problem + "; nothing was added");
        err.println("    fix:      " + fix);
        main.conclude(problem + "; nothing was added");
        return ExitCode.INVALID;
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
