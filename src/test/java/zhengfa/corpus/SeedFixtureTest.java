package zhengfa.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed fixture freezes the five seed articles with the schema folder they were written
 * against, so that curators may add, fix or remove articles and sources without breaking a test.
 * The JSON Schemas are the tool's contract rather than curated data: when a developer changes one,
 * the fixture's copy must change with it, or the tests would check articles against a schema the
 * tool no longer has.
 */
class SeedFixtureTest {

    @Test
    void theFixtureHasTheProjectsJsonSchemas() throws IOException {
        Path project = Path.of(System.getProperty("zhengfa.basedir", "."), "schema");
        List<String> schemas;
        try (Stream<Path> files = Files.list(project)) {
            schemas = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json"))
                    .sorted()
                    .toList();
        }
        assertEquals(List.of("annotation.schema.json", "article.schema.json", "sources.schema.json"), schemas);
        for (String name : schemas) {
            assertEquals(
                    Files.readString(project.resolve(name)),
                    Files.readString(CorpusFixture.seedSchema().resolve(name)),
                    "src/test/resources/fixtures/seeds/schema/" + name + " differs from schema/" + name
                            + ": copy the new schema there and update the seed articles to it");
        }
    }

    @Test
    void theFixtureHoldsTheFiveSeedArticles() throws IOException {
        try (Stream<Path> files = Files.list(CorpusFixture.seedCorpus())) {
            assertEquals(
                    CorpusFixture.IDS,
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".txt"))
                            .map(n -> n.substring(0, n.length() - 4))
                            .sorted()
                            .toList());
        }
    }
}
