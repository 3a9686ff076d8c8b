package zhengfa.corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.corpus.CorpusLayout;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.validation.CorpusValidator;
import zhengfa.corpus.validation.ValidationReport;

/**
 * Jazzer fuzzes the readers and the rules with arbitrary bytes in place of a sidecar, an
 * annotation file and a text, next to the real parts of a valid article. Any exception that
 * escapes is a bug: bad input must only ever become findings.
 *
 * <p>Under plain `mvn verify` these run in regression mode over the committed inputs in
 * src/test/resources/zhengfa/corpus/fuzz/ArticleFuzzITInputs/. With JAZZER_FUZZ=1 one of them is
 * fuzzed for its maxDuration (see README, "Fuzzing").
 */
class ArticleFuzzIT {

    private static final String ID = CorpusFixture.LESHAN;
    private static final CorpusValidator VALIDATOR = CorpusFixture.validator();
    private static final ArticleLoader LOADER = loader();
    private static final byte[] TEXT = read(ID + ".txt");
    private static final byte[] SIDECAR = read(ID + ".meta.json");
    private static final byte[] ANNOTATIONS = read(ID + ".ann.json");

    private static ArticleLoader loader() {
        try {
            return VALIDATOR.loader(new CorpusLayout(CorpusFixture.seedCorpus()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(CorpusFixture.seedCorpus().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(byte[] text, byte[] sidecar, byte[] annotations) throws IOException {
        ValidationReport report = new ValidationReport();
        ArticleInput article = LOADER.load(
                ID,
                "corpus/" + ID + ".txt",
                text,
                "corpus/" + ID + ".meta.json",
                sidecar,
                "corpus/" + ID + ".ann.json",
                annotations,
                report);
        VALIDATOR.check(article, report);
        for (Finding f : report.findings()) {
            assertNotNull(f.message());
            assertTrue(f.fix() != null && !f.fix().isBlank(), f.code() + " without a fix");
        }
    }

    @FuzzTest(maxDuration = "15s")
    void sidecar(byte[] data) throws IOException {
        check(TEXT, data, null);
    }

    @FuzzTest(maxDuration = "15s")
    void annotations(byte[] data) throws IOException {
        check(TEXT, SIDECAR, data);
    }

    @FuzzTest(maxDuration = "15s")
    void text(byte[] data) throws IOException {
        check(data, SIDECAR, ANNOTATIONS);
    }
}
