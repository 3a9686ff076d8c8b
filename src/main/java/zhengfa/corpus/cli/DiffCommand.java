package zhengfa.corpus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.dataset.ReleaseReader;
import zhengfa.corpus.release.diff.ChangesReport;
import zhengfa.corpus.release.diff.ReleaseChanges;
import zhengfa.corpus.release.diff.ReleaseDiff;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Shows what changed between two releases: articles, fields, texts, spans, counts, and the"
                + " version bump the changes call for.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier release folder.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later release folder.")
    Path newer;

    @Option(names = "--json", description = "Print changes.json instead of CHANGES.md.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path release : new Path[] {older, newer}) {
            if (!Files.isRegularFile(release.resolve("manifest.json"))) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), release + " is not a release folder (no manifest.json)");
            }
        }
        ReleaseChanges changes = ReleaseDiff.compare(new ReleaseReader(older), new ReleaseReader(newer));
        spec.commandLine().getOut().print(json ? ChangesReport.json(changes) : ChangesReport.markdown(changes));
        return ExitCode.OK;
    }
}
