package zhengfa.corpus.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "zhengfa-corpus",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validates the zhengfa corpus and cuts versioned dataset releases.",
        subcommands = {ValidateCommand.class, PackageCommand.class, VerifyCommand.class, DiffCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the corpus is invalid (every problem is listed; nothing was written), or a release does not verify",
            "2:wrong command line",
            "3:a file could not be read or written, or schema/ is broken",
            "4:the release version exists with different content; bump the version",
            "5:internal error (a bug in zhengfa-corpus; please report it)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, package, verify or diff");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs a command line; never throws, whatever the input. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.IO);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            // Bad input is reported as findings; reaching here means an I/O failure or a bug.
            err.println("error: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                return ExitCode.IO;
            }
            err.println("This is a bug in zhengfa-corpus; please report it with the command that caused it.");
            return ExitCode.INTERNAL;
        });
        RunStats stats = Boolean.getBoolean("zhengfa.stats") ? new RunStats() : null;
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Throwable t) {
            // picocli's handler sees Exceptions only; Errors (a missing class, a stack overflow) end here.
            err.println("error: internal error: " + t);
            err.println("This is a bug in zhengfa-corpus; please report it with the command that caused it.");
            code = ExitCode.INTERNAL;
        }
        if (stats != null) {
            String figures = stats.describe();
            stats.close();
            err.println(figures);
        }
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"zhengfa-corpus " + (version == null ? "(development build)" : version)};
        }
    }
}
