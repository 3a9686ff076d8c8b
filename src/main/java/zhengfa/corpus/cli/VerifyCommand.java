package zhengfa.corpus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import zhengfa.corpus.release.ReleaseVerifier;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Re-reads a release and checks its checksums, row counts and schemas, and, given the corpus,"
                + " that every text and span round-trips.")
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "RELEASE", description = "The release folder, e.g. dist/zhengfa-corpus-0.1.0.")
    Path release;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Also compare every text and span with this corpus.")
    Path corpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ReleaseVerifier(release).verify(corpus);
        var out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            String verified = "Verified " + release + (corpus == null ? "" : " against " + corpus) + ": no problem found";
            out.println(verified + ".");
            main.conclude(verified);
            return ExitCode.OK;
        }
        var err = spec.commandLine().getErr();
        problems.forEach(p -> err.println("error: " + p));
        String reason = "The release does not verify: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + " in " + release;
        err.println(reason);
        main.conclude(reason);
        return ExitCode.INVALID;
    }
}
