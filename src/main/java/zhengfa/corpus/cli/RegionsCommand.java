package zhengfa.corpus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;
import zhengfa.corpus.vocab.VocabularyException;

@Command(
        name = "regions",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Looks up GB/T 2260 region codes.",
        subcommands = RegionsCommand.Find.class)
final class RegionsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: find");
    }

    @Command(
            name = "find",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = "Lists the divisions matching a name, part of a name (either script) or a code:"
                    + " code, name, level and the divisions above it.")
    static final class Find implements Callable<Integer> {

        @CommandLine.ParentCommand
        RegionsCommand parent;

        @Option(
                names = "--schema",
                paramLabel = "DIR",
                defaultValue = "schema",
                description = "The folder of schemas and vocabularies (default: ${DEFAULT-VALUE}).")
        Path schema;

        @Parameters(paramLabel = "QUERY", description = "A name (敦煌, 敦煌市, 西雙版納), or a code or its first digits.")
        String query;

        @Option(
                names = "--limit",
                paramLabel = "N",
                defaultValue = "20",
                description = "At most N lines (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws VocabularyException {
            PrintWriter out = parent.spec.commandLine().getOut();
            Main main = (Main) parent.spec.parent().userObject();
            Regions regions = ProjectVocabulary.load(schema).regions();
            List<Region> found = regions.search(new ScriptDetector().foldToSimplified(query));
            if (found.isEmpty()) {
                parent.spec
                        .commandLine()
                        .getErr()
                        .println("No division matches " + query
                                + ". Try part of the name (敦煌 rather than 敦煌县), or the code's first digits.");
                main.conclude("no division matches " + query);
                return ExitCode.INVALID;
            }
            for (Region region : found.subList(0, Math.min(limit, found.size()))) {
                StringBuilder line = new StringBuilder(region.code())
                        .append("  ")
                        .append(region.nameZh())
                        .append("  ")
                        .append(region.level().name().toLowerCase(java.util.Locale.ROOT));
                for (var up = regions.parent(region); up.isPresent(); up = regions.parent(up.get())) {
                    line.append("  ")
                            .append(up.get().nameZh())
                            .append(" (")
                            .append(up.get().code())
                            .append(')');
                }
                if (region.level() == Region.Level.PROVINCE) {
                    line.append("  ")
                            .append(region.provinceNameEn())
                            .append(", ")
                            .append(region.iso3166_2());
                }
                out.println(line);
            }
            if (found.size() > limit) {
                out.println("… and " + (found.size() - limit) + " more; narrow the query or raise --limit");
            }
            main.conclude(found.size() + " divisions match " + query);
            return ExitCode.OK;
        }
    }
}
