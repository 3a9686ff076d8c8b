package zhengfa.corpus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corpus and the schemas are, for the commands that read them without validating (add, span). */
final class CorpusFolders {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--schema", paramLabel = "DIR", defaultValue = "schema",
            description = "The folder of schemas and vocabularies (default: ${DEFAULT-VALUE}).")
    Path schema;
}
