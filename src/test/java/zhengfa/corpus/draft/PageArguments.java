package zhengfa.corpus.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.vocab.ProjectVocabulary;

/**
 * The command line the labelled-page tools share (scripts/evaluate-drafts --pages,
 * scripts/train-furniture-model): where the retrieved texts are, the label files, the split and
 * the half, and each tool's own output options.
 *
 * @param rulesOnly classify furniture by the rules alone ({@code --furniture rules})
 * @param precision the cross-validated precision the furniture model's threshold must keep ({@code --precision}, training only)
 * @param titlesByRules decide the headline by the rules' own scores, without the headline model ({@code --titles rules})
 */
record PageArguments(
        Path pages,
        List<Path> expected,
        Path split,
        String half,
        Path json,
        Path out,
        Path schema,
        LocalDate today,
        boolean verbose,
        boolean rulesOnly,
        double precision,
        boolean titlesByRules) {

    /** The trainer's default: a margin over the target of 0.9, since the furniture words were collected on the tune pages. */
    static final double DEFAULT_PRECISION = 0.93;

    private static final ObjectMapper JSON = new ObjectMapper();

    static PageArguments parse(String[] args, String defaultHalf) {
        Path pages = null;
        List<Path> expected = new ArrayList<>();
        Path split = null;
        String half = defaultHalf;
        Path json = null;
        Path out = null;
        Path schema = Path.of("schema");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        boolean verbose = false;
        boolean rulesOnly = false;
        double precision = DEFAULT_PRECISION;
        boolean titlesByRules = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Path.of(args[++i]);
                case "--expected" -> expected.add(Path.of(args[++i]));
                case "--split" -> split = Path.of(args[++i]);
                case "--half" -> half = args[++i];
                case "--json" -> json = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--schema" -> schema = Path.of(args[++i]);
                case "--today" -> today = LocalDate.parse(args[++i]);
                case "--verbose" -> verbose = true;
                case "--precision" -> precision = Double.parseDouble(args[++i]);
                case "--furniture" ->
                    rulesOnly = switch (args[++i]) {
                        case "rules" -> true;
                        case "model" -> false;
                        default -> throw new IllegalArgumentException("--furniture takes rules or model");
                    };
                case "--titles" ->
                    titlesByRules = switch (args[++i]) {
                        case "rules" -> true;
                        case "model" -> false;
                        default -> throw new IllegalArgumentException("--titles takes rules or model");
                    };
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (pages == null || expected.isEmpty()) {
            throw new IllegalArgumentException("give --pages DIR and --expected FILE (or a folder of label files)");
        }
        return new PageArguments(
                pages,
                List.copyOf(expected),
                split,
                half,
                json,
                out,
                schema,
                today,
                verbose,
                rulesOnly,
                precision,
                titlesByRules);
    }

    /** The drafter these options ask for: with the furniture and headline models, or the rules alone in their place. */
    ArticleDrafter drafter(ProjectVocabulary vocabulary) {
        DraftingModels models = DraftingModels.bundled();
        models = rulesOnly ? models.withoutFurniture() : models;
        models = titlesByRules ? models.withoutHeadline() : models;
        return new ArticleDrafter(vocabulary, new ScriptDetector(), models);
    }

    /** The labels of every file given, and of every {@code *.jsonl} of a folder given, in name order. */
    List<JsonNode> labels() throws IOException {
        List<JsonNode> labels = new ArrayList<>();
        for (Path file : labelFiles(expected)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    labels.add(JSON.readTree(line));
                }
            }
        }
        return labels;
    }

    static List<Path> labelFiles(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (var listing = Files.list(p)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The pages the split file puts in one half ("tune" or "check"), over every labelled set. */
    Set<String> pagesOf(String name) throws IOException {
        if (split == null) {
            throw new IllegalArgumentException("give --split FILE");
        }
        Set<String> only = new TreeSet<>();
        for (JsonNode set : JSON.readTree(split.toFile()).path("sets")) {
            set.path(name).forEach(p -> only.add(p.asText()));
        }
        return only;
    }
}
