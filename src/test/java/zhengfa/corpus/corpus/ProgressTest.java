package zhengfa.corpus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress in a log (no terminal) ends with the final count, so that a finished run never looks stopped. */
class ProgressTest {

    private static final long PAST_THE_QUIET_START = 2_100_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000_000_000_000L);

    @Test
    void aLogEndsWithTheFinalCount() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(
                "validating", 6, "articles", new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock::get);
        progress.step();
        clock.addAndGet(PAST_THE_QUIET_START); // so that the next step is shown
        progress.step();
        for (int i = 0; i < 4; i++) {
            progress.step();
        }
        progress.finish();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertTrue(lines[0].startsWith("validating: 2/6 articles (33%)"), lines[0]);
        assertTrue(lines[0].matches(".* about \\d+ s left"), "the time left at the rate so far: " + lines[0]);
        assertTrue(!lines[lines.length - 1].contains("left"), lines[lines.length - 1]);
        assertTrue(lines[lines.length - 1].startsWith("validating: 6/6 articles (100%)"), String.join("\n", lines));
        assertEquals(2, lines.length);
    }

    @Test
    void aShortRunPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(
                "validating", 3, "articles", new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock::get);
        progress.step();
        progress.step();
        progress.step();
        progress.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onATerminalTheBarIsTakenOffTheLineForOtherOutputAndDrawnAgain() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(
                "drafting", 3, "pages", new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock::get);
        progress.step();
        clock.addAndGet(PAST_THE_QUIET_START);
        progress.step();
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.startsWith("\r[") && drawn.contains("drafting: 2/3 pages (67%)"), drawn);
        progress.clear();
        String cleared = bytes.toString(StandardCharsets.UTF_8).substring(drawn.length());
        assertTrue(
                cleared.matches("\r {" + (drawn.length() - 1) + "}\r"), "blanks as wide as the bar: [" + cleared + "]");
        progress.step();
        progress.finish();
        String last = bytes.toString(StandardCharsets.UTF_8).substring(drawn.length() + cleared.length());
        assertTrue(last.contains("drafting: 3/3 pages (100%)") && last.endsWith("\n"), last);
    }
}
