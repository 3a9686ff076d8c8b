package zhengfa.corpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "zhengfa-corpus",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validates the zhengfa corpus and cuts versioned dataset releases.",
        subcommands = {
            AddCommand.class,
            RenameCommand.class,
            ValidateCommand.class,
            PackageCommand.class,
            VerifyCommand.class,
            DiffCommand.class,
            RegionsCommand.class,
            SourcesCommand.class,
            SpanCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the corpus is invalid (every problem is listed; nothing was written), a release does not verify,"
                    + " or add rejected the page (nothing was added)",
            "2:wrong command line",
            "3:a file could not be read or written, or schema/ is broken",
            "4:the release version exists with different content; bump the version",
            "5:internal error (a bug in zhengfa-corpus; please report it)"
        })
public final class Main implements Runnable {

    /** What a run ended with: its exit code and the one line that sums it up. */
    public record Outcome(int exitCode, String conclusion) {}

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set by the command that ran, through {@link #conclude}; read once the run is over. */
    private String conclusion;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a command: add, validate, package, verify, diff, regions, sources or span");
    }

    /** Records the line that sums up the run: the last thing a command prints, and Maven's failure reason. */
    void conclude(String line) {
        this.conclusion = line;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs a command line and returns its exit code; never throws, whatever the input. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, args).exitCode();
    }

    /** Runs a command line and returns how it ended; never throws, whatever the input. */
    public static Outcome run(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(
                e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.IO);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("error: " + e.getMessage());
            if (e.getCommandLine().getCommandSpec().name().equals("package")
                    && e.getMessage().contains("'--version'")) {
                // --version was the release version's option before every command got the standard -V/--version.
                err.println(
                        "The release version is given as --release-version=VERSION; --version prints the tool's version.");
            }
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            main.conclude("wrong command line: " + e.getMessage());
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            // Bad input is reported as findings; reaching here means an I/O failure or a bug.
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            err.println("error: " + message);
            main.conclude(message);
            if (e instanceof IOException || e instanceof UncheckedIOException) {
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
            main.conclude("internal error: " + t);
            code = ExitCode.INTERNAL;
        }
        if (stats != null) {
            String figures = stats.describe();
            stats.close();
            err.println(figures);
        }
        out.flush();
        err.flush();
        String conclusion = main.conclusion != null
                ? main.conclusion
                : code == ExitCode.OK ? "done" : "failed with exit code " + code;
        return new Outcome(code, conclusion);
    }

    /** The tool's version, from the properties file Maven fills in when it builds the tool. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String version = properties.getProperty("version", "");
            // Unfiltered (run from an IDE without Maven's resource filtering): say so rather than guess.
            return version.isEmpty() || version.startsWith("${") ? "unknown (not built by Maven)" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zhengfa-corpus " + version()};
        }
    }
}
