package zhengfa.corpus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a synthetic corpus folder of N articles (text, sidecar and annotations each) that the
 * project's validator accepts, for benchmarks and for tests that need a large corpus.
 *
 * <p>The articles recombine the annotated paragraphs, headlines, interview turns and page
 * furniture of the seed corpus (see {@link MaterialPool}), in both scripts, with sidecars drawn
 * from the project's vocabularies ({@code schema/sources.json}, {@code schema/regions/}).
 *
 * <p>Deterministic: the same seed and N give byte-identical files, on any machine and day. Article
 * n depends only on the seed and n, and nothing in the output comes from the clock or from a hash
 * map's iteration order. Memory does not grow with N: only the material pool is kept, and each
 * article is written as soon as it is composed.
 *
 * <pre>
 * java zhengfa.corpus.bench.CorpusGenerator --out DIR --articles N [--seed S] [--source-corpus corpus] [--schema schema]
 * </pre>
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 42;
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_IO = 3;

    private final Path sourceCorpus;
    private final Path schemaDir;
    private final long seed;
    private final ObjectMapper mapper = new ObjectMapper();
    private ScriptConverter converter;
    private MaterialPool pool;
    private ArticleComposer composer;

    /** Builds from {@code sourceCorpus} with the vocabularies of the {@code schema/} folder beside it. */
    public CorpusGenerator(Path sourceCorpus, long seed) {
        this(sourceCorpus, sourceCorpus.toAbsolutePath().normalize().resolveSibling("schema"), seed);
    }

    /**
     * @param seed any long; ids are {@code syn-<seed>-<n>} with the seed written unsigned, so that
     *             they stay valid ids for negative seeds too
     */
    public CorpusGenerator(Path sourceCorpus, Path schemaDir, long seed) {
        this.sourceCorpus = sourceCorpus;
        this.schemaDir = schemaDir;
        this.seed = seed;
    }

    /**
     * Writes articles {@code syn-<seed>-0000001} to {@code syn-<seed>-<articles>} into {@code outDir},
     * which is created if needed and must be empty.
     */
    public void generate(Path outDir, int articles) throws IOException {
        if (articles < 0) {
            throw new IllegalArgumentException("the number of articles cannot be negative: " + articles);
        }
        requireEmptyOrAbsent(outDir);
        ArticleComposer composer = composer(); // before creating the folder: a bad source corpus leaves nothing behind
        Files.createDirectories(outDir);
        ArticleWriter writer = new ArticleWriter(mapper);
        for (int n = 1; n <= articles; n++) {
            writer.write(outDir, composer.compose(n));
        }
    }

    /** Loads the vocabularies and the material once, on first use. */
    private ArticleComposer composer() throws IOException {
        if (composer == null) {
            Registries registries = Registries.load(schemaDir, mapper);
            converter = new ScriptConverter();
            pool = MaterialPool.load(sourceCorpus, registries, converter, mapper);
            composer = new ArticleComposer(pool, registries, converter, Long.toUnsignedString(seed), seed);
        }
        return composer;
    }

    private static void requireEmptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                throw new DirectoryNotEmptyException(dir.toString());
            }
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line, returning the exit code: 0 done, 2 wrong command line or non-empty output folder, 3 I/O error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(usage());
            return EXIT_USAGE;
        }
        if (options.containsKey("--help")) {
            out.println(usage());
            return 0;
        }
        if (!options.containsKey("--out") || !options.containsKey("--articles")) {
            err.println("error: --out and --articles are required");
            err.println(usage());
            return EXIT_USAGE;
        }
        Path outDir = Path.of(options.get("--out"));
        Path source = Path.of(options.getOrDefault("--source-corpus", "corpus"));
        Path schema = options.containsKey("--schema")
                ? Path.of(options.get("--schema"))
                : source.toAbsolutePath().normalize().resolveSibling("schema");
        int articles;
        long seed;
        try {
            articles = Integer.parseInt(options.get("--articles"));
            seed = Long.parseLong(options.getOrDefault("--seed", Long.toString(DEFAULT_SEED)));
            if (articles < 1) {
                throw new NumberFormatException("at least 1");
            }
        } catch (NumberFormatException e) {
            err.println("error: --articles must be a positive integer and --seed an integer (" + e.getMessage() + ")");
            return EXIT_USAGE;
        }
        try {
            requireEmptyOrAbsent(outDir);
        } catch (DirectoryNotEmptyException | NotDirectoryException e) {
            err.println("error: refusing to write into " + outDir + ": it "
                    + (e instanceof NotDirectoryException ? "is not a folder" : "is not empty")
                    + "; give a new or empty folder with --out");
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("error: cannot read " + outDir + ": " + e.getMessage());
            return EXIT_IO;
        }
        CorpusGenerator generator = new CorpusGenerator(source, schema, seed);
        long started = System.nanoTime(); // for the log line only; nothing written depends on it
        try {
            generator.generate(outDir, articles);
        } catch (IOException e) {
            err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return EXIT_IO;
        }
        out.printf(
                Locale.ROOT,
                "wrote %d articles (seed %s) to %s in %.1f s%n",
                articles,
                Long.toUnsignedString(seed),
                outDir,
                (System.nanoTime() - started) / 1e9);
        out.println("material: " + generator.pool.describe() + "; " + generator.converter.recomputedPieces()
                + " converted pieces needed their entity offsets recomputed");
        return 0;
    }

    private static final List<String> VALUED = List.of("--out", "--articles", "--seed", "--source-corpus", "--schema");

    /** Accepts "--name value" and "--name=value". */
    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                options.put("--help", "");
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!VALUED.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
        }
        return options;
    }

    private static String usage() {
        return "usage: CorpusGenerator --out DIR --articles N [--seed S (default " + DEFAULT_SEED + ")]"
                + " [--source-corpus DIR (default corpus)] [--schema DIR (default: schema/ beside the source corpus)]";
    }
}
