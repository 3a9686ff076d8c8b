package zhengfa.corpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zhengfa.corpus.report.ReportFormat;
import zhengfa.corpus.report.ReportWriter;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.vocab.LazyVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks every article of the corpus and lists every problem found; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    CorpusOptions options = new CorpusOptions();

    @Option(
            names = "--release-date",
            paramLabel = "DATE",
            converter = Settings.ReleaseDateConverter.class,
            description = "No article may be dated after this day (default: today, UTC).")
    LocalDate releaseDate;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json (the whole report) or sarif (SARIF 2.1.0, for CI annotations).")
    String format;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        LocalDate date = releaseDate != null ? releaseDate : LocalDate.now(ZoneOffset.UTC);
        Path corpus = options.folders.corpus;
        ReportFormat reportFormat = ReportFormats.parse(format, spec);
        ValidationReport report;
        try {
            // Loaded when the validator needs it: a cached run of an unchanged corpus does not.
            LazyVocabulary vocabulary = LazyVocabulary.of(options.folders.schema);
            report = new CorpusValidator(vocabulary, Settings.of(options, date), new ScriptDetector(), options.cache)
                    .validate(corpus);
        } catch (VocabularyException e) {
            err.println("error: " + e.getMessage());
            main.conclude(e.getMessage());
            return ExitCode.IO;
        }
        if (options.cache != null) {
            err.println(report.cachedArticles() + " of " + report.articles()
                    + " articles unchanged since they last validated clean (" + options.cache + ")");
        }
        Path root = corpus.toAbsolutePath().normalize().getParent();
        if (output == null) {
            new ReportWriter().write(report, reportFormat, options.strict, root, out);
        } else {
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                new ReportWriter().write(report, reportFormat, options.strict, root, file);
            }
            out.println(ReportWriter.summary(report) + "; report written to " + output);
        }
        boolean passes = report.passes(options.strict);
        main.conclude(passes ? ReportWriter.summary(report) : ReportWriter.invalidReason(report, options.strict));
        return passes ? ExitCode.OK : ExitCode.INVALID;
    }
}
