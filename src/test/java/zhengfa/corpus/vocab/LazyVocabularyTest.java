package zhengfa.corpus.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;

class LazyVocabularyTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingSchemaFolderIsReportedAtOnce() {
        Path missing = tmp.resolve("no-schema");
        VocabularyException e = assertThrows(VocabularyException.class, () -> LazyVocabulary.of(missing));
        assertEquals(missing.toAbsolutePath().normalize(), e.file());
        assertTrue(e.problem().contains("does not exist"), e.problem());
    }

    @Test
    void theFilesAreReadOnFirstUseOnceForEveryThread() throws Exception {
        Path schema = CorpusFixture.copyOfSchema(tmp);
        LazyVocabulary lazy = LazyVocabulary.of(schema);
        assertFalse(lazy.isLoaded());
        assertEquals(schema.toAbsolutePath().normalize(), lazy.schemaDir());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ProjectVocabulary>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(lazy::get));
            }
            for (Future<ProjectVocabulary> result : results) {
                assertSame(results.get(0).get(), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(lazy.isLoaded());
        assertTrue(lazy.get().regions().find("511100").isPresent());
    }

    @Test
    void aBrokenFileFailsEveryCallAlike() throws Exception {
        Path schema = CorpusFixture.copyOfSchema(tmp);
        Path sources = schema.resolve(ProjectVocabulary.SOURCES);
        Files.writeString(sources, "{}");
        LazyVocabulary lazy = LazyVocabulary.of(schema);
        VocabularyException first = assertThrows(VocabularyException.class, lazy::get);
        VocabularyException second = assertThrows(VocabularyException.class, lazy::get);
        assertEquals(sources.toAbsolutePath().normalize(), first.file());
        assertEquals(first.getMessage(), second.getMessage());
        assertFalse(lazy.isLoaded());
    }

    @Test
    void anAlreadyLoadedVocabularyIsHandedBackAsItIs() throws Exception {
        ProjectVocabulary loaded = ProjectVocabulary.load(CorpusFixture.seedSchema());
        LazyVocabulary lazy = LazyVocabulary.of(loaded);
        assertTrue(lazy.isLoaded());
        assertSame(loaded, lazy.get());
        assertEquals(loaded.schemaDir(), lazy.schemaDir());
    }
}
