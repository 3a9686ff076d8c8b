package zhengfa.corpus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the corpus and the schemas are ({@link CorpusFolders}), and how validate and package check it. */
final class CorpusOptions {

    @Mixin
    CorpusFolders folders = new CorpusFolders();

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(
            names = "--max-text-bytes",
            paramLabel = "N",
            defaultValue = "8388608",
            description = "Largest text file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxTextBytes;

    @Option(
            names = "--max-json-depth",
            paramLabel = "N",
            defaultValue = "64",
            description = "Deepest nesting accepted in a sidecar (default: ${DEFAULT-VALUE}).")
    int maxJsonDepth;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Remember articles that validated clean, so an unchanged corpus re-validates in a fraction"
                    + " of the time (Maven uses target/validation-cache). Off by default.")
    Path cache;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "${sys:zhengfa.threads:-0}",
            description =
                    "Articles read and checked at once (default: one per core). Output is the same for any value.")
    int threads;

    @Option(
            names = "--max-findings-per-code",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Findings listed per finding code; the rest are counted (default: ${DEFAULT-VALUE}).")
    int maxFindingsPerCode;

    @Option(
            names = "--max-json-string",
            paramLabel = "N",
            defaultValue = "1048576",
            description = "Longest string accepted in a sidecar, in characters (default: ${DEFAULT-VALUE}).")
    int maxJsonString;
}
