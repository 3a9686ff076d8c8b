package zhengfa.corpus.bad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationSettings;
import zhengfa.corpus.vocab.ProjectVocabulary;
import zhengfa.corpus.vocab.VocabularyException;

/**
 * The bad-input catalogue, src/test/resources/bad/: one case per folder, each a small corpus
 * broken in one way with the findings it must give (see the catalogue's README). Read by
 * BadInputCatalogueIT, which runs every case, and by the finding-code reference, which takes its
 * examples from it.
 */
public final class BadInputCatalogue {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BadInputCatalogue() {}

    private static Path root() {
        return CorpusFixture.resource("/bad");
    }

    /** The case names, sorted. */
    public static List<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    public static JsonNode spec(String name) throws IOException {
        return MAPPER.readTree(root().resolve(name).resolve("case.json").toFile());
    }

    /**
     * Copies a case to {@code work} and makes its generated inputs there; the corpus is {@code
     * work/corpus} and the schema folder {@code work/schema}: the seed schema, with any file the case's
     * own {@code schema/} holds put over it.
     */
    public static Path prepare(String name, Path work) throws IOException {
        Path schema = work.resolve("schema");
        CorpusFixture.copyTree(CorpusFixture.seedSchema(), schema);
        CorpusFixture.copyTree(root().resolve(name), work);
        generate(work, spec(name).path("generate"));
        return work;
    }

    /** The validator a prepared case runs under: its own schema folder, the fixtures' release date. */
    public static CorpusValidator validator(Path work) throws VocabularyException {
        return new CorpusValidator(
                ProjectVocabulary.load(work.resolve("schema")),
                ValidationSettings.defaults(CorpusFixture.RELEASE_DATE),
                new ScriptDetector());
    }

    /** Inputs too big to commit (or that git cannot hold, like symlinks) are made here. */
    private static void generate(Path work, JsonNode entries) throws IOException {
        for (JsonNode entry : entries) {
            if (entry.has("symlink")) {
                Path link = work.resolve(entry.get("symlink").asText());
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, Path.of(entry.get("target").asText()));
                continue;
            }
            Path file = work.resolve(entry.get("file").asText());
            Files.createDirectories(file.getParent());
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(entry.path("prefix").asText(""));
                String unit = entry.get("repeat").asText();
                for (long i = entry.get("times").asLong(); i > 0; i--) {
                    writer.write(unit);
                }
                writer.write(entry.path("suffix").asText(""));
            }
        }
    }
}
