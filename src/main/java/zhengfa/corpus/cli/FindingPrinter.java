package zhengfa.corpus.cli;

import java.io.PrintWriter;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.Severity;
import zhengfa.corpus.validation.ValidationReport;

/** Prints findings the way compilers do ({@code file:line:col: error ...}), so editors can jump to them. */
final class FindingPrinter {

    private FindingPrinter() {
    }

    static void print(ValidationReport report, PrintWriter out) {
        for (Finding f : report.findings()) {
            out.println(f.file() + f.location().render() + ": " + f.severity().label() + " [" + f.code() + "] " + f.message());
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
        out.println(summary(report));
    }

    static String summary(ValidationReport report) {
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
