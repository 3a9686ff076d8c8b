package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.release.ReleaseFixture;

/**
 * pandas, from the pinned virtual environment that mvn verify makes (target/python), reads
 * releases: an independent language agrees with ours on every text, and Python's code-point
 * indexing agrees with every span's offsets.
 */
class PandasReaderIT {

    @Test
    void pandasReadsTheJsonlAndAgreesWithTheCorpus() throws Exception {
        check(ReleaseDirectory.get(), CorpusFixture.seedCorpus());
    }

    /** The astral fixture puts 𠮷 (outside the BMP) before and inside spans: UTF-16 offsets would be off by one. */
    @Test
    void pythonAgreesOnEverySpanAroundAnAstralCharacter(@TempDir Path tmp) throws Exception {
        CorpusFixture corpus = CorpusFixture.fixture("astral", tmp);
        Path release = ReleaseFixture.written(ReleaseFixture.cut(corpus.dir(), tmp.resolve("dist"), "0.1.0"));
        check(release, corpus.dir());
    }

    private static void check(Path release, Path corpus) throws Exception {
        Path script = Path.of(System.getProperty("zhengfa.basedir"), "src/test/python/check_release.py");
        Process process = new ProcessBuilder(PythonEnvironment.python().toString(), script.toString(),
                release.toString(), corpus.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains(" passed, 0 failed"), output);
    }
}
