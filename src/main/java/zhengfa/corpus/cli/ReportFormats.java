package zhengfa.corpus.cli;

import java.util.Locale;
import picocli.CommandLine;
import zhengfa.corpus.report.ReportFormat;

/** Parses --format values with a usage error that lists the choices. */
final class ReportFormats {

    private ReportFormats() {}

    static ReportFormat parse(String value, CommandLine.Model.CommandSpec spec) {
        try {
            return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format must be text, json or sarif, not '" + value + "'");
        }
    }
}
