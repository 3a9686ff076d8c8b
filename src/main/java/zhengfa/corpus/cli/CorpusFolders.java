package zhengfa.corpus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus and the schemas are: add and span use it alone, validate and package within {@link CorpusOptions}. */
final class CorpusFolders {

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--schema",
            paramLabel = "DIR",
            defaultValue = "schema",
            description = "The folder of schemas and vocabularies (default: ${DEFAULT-VALUE}).")
    Path schema;
}
