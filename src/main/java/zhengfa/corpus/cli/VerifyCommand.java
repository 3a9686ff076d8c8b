package zhengfa.corpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.Severity;
import zhengfa.corpus.release.ReleaseVerifier;
import zhengfa.corpus.report.ReportFormat;
import zhengfa.corpus.report.ReportWriter;
import zhengfa.corpus.validation.ValidationReport;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Re-reads a release and checks its checksums, row counts and schemas, and, given the corpus,"
                + " that every text and span round-trips.")
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Parameters(
            index = "0",
            paramLabel = "RELEASE",
            description = "The release folder, e.g. dist/zhengfa-corpus-0.1.0.")
    Path release;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Also compare every text and span with this corpus.")
    Path corpus;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json or sarif: the problems found, as validate reports findings.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = ReportFormats.parse(format, spec);
        ValidationReport problems = new ReleaseVerifier(release).verify(corpus);
        PrintWriter out = spec.commandLine().getOut();
        int count = (int) problems.findings().stream()
                .filter(f -> f.code().severity() == Severity.ERROR)
                .count();
        int warnings = problems.findings().size() - count;
        String conclusion = count == 0
                ? "Verified " + release + (corpus == null ? "" : " against " + corpus) + ": no problem found"
                        + (warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")")
                : "The release does not verify: " + count + " problem" + (count == 1 ? "" : "s") + " in " + release;
        if (reportFormat == ReportFormat.TEXT) {
            PrintWriter err = spec.commandLine().getErr();
            for (Finding finding : problems.findings()) {
                ReportWriter.text(finding, err);
            }
            (count == 0 ? out : err).println(conclusion + (count == 0 ? "." : ""));
        } else {
            new ReportWriter().write(problems, reportFormat, false, release, out);
        }
        main.conclude(conclusion);
        return count == 0 ? ExitCode.OK : ExitCode.INVALID;
    }
}
