package zhengfa.corpus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress in a log (no terminal) ends with the final count, so that a finished run never looks stopped. */
class ProgressTest {

    @Test
    void aLogEndsWithTheFinalCount() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress("validating", 6, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.step();
        Thread.sleep(2_100); // past the quiet start, so that the next step is shown
        progress.step();
        for (int i = 0; i < 4; i++) {
            progress.step();
        }
        progress.finish();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertTrue(lines[0].startsWith("validating: 2/6 articles (33%)"), lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("validating: 6/6 articles (100%)"), String.join("\n", lines));
        assertEquals(2, lines.length);
    }

    @Test
    void aShortRunPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress("validating", 3, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.step();
        progress.step();
        progress.step();
        progress.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
