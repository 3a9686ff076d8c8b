package zhengfa.corpus.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point Maven runs in its own JVM (exec-maven-plugin's {@code java} goal) to cut and
 * verify the release: the same commands as the CLI jar, but a failure ends the build with the
 * command's one-line conclusion as Maven's BUILD FAILURE reason, never with a stack trace, and
 * never with {@code System.exit}, which would take Maven down with it.
 */
public final class BuildStep {

    private BuildStep() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Main.Outcome outcome = Main.run(out, err, args);
        if (outcome.exitCode() != ExitCode.OK) {
            throw new BuildStepFailure(outcome.conclusion());
        }
    }
}
