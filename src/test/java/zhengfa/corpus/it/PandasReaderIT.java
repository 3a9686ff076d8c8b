package zhengfa.corpus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import zhengfa.corpus.CorpusFixture;

/**
 * Debian's Python and pandas ({@code /usr/bin/python3}, package python3-pandas, which .ci/run
 * installs) read the fresh release: an independent language agrees with ours on every text.
 */
class PandasReaderIT {

    @Test
    void pandasReadsTheJsonlAndAgreesWithTheCorpus() throws Exception {
        Path script = Path.of(System.getProperty("zhengfa.basedir"), "src/test/python/check_release.py");
        Process process = new ProcessBuilder("/usr/bin/python3", script.toString(),
                ReleaseDirectory.get().toString(), CorpusFixture.projectCorpus().toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains(" passed, 0 failed"), output);
    }
}
