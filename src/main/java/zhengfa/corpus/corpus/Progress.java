package zhengfa.corpus.corpus;

import java.io.PrintStream;

/**
 * Progress of a long run on standard error: a bar redrawn in place on a terminal, a line every
 * ten seconds in a CI log. Short runs (under two seconds) print nothing.
 */
public final class Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final String task;
    private final int total;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastShown;
    private int done;
    private int doneShown;
    private boolean shown;

    // On Java 17, the build's runtime, a null console means no terminal (from Java 22 it is never null).
    @SuppressWarnings("SystemConsoleNull")
    public Progress(String task, int total) {
        this(task, total, System.err, System.console() != null);
    }

    Progress(String task, int total, PrintStream out, boolean terminal) {
        this.task = task;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
    }

    /** One more item done; called from one thread. */
    public void step() {
        done++;
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS) {
            return;
        }
        if (terminal ? now - lastShown > 100_000_000L || done == total : now - lastShown > LOG_EVERY_NANOS) {
            lastShown = now;
            show(now);
        }
    }

    private void show(long now) {
        shown = true;
        doneShown = done;
        double seconds = (now - started) / 1e9;
        String line = String.format(
                "%s: %d/%d articles (%.0f%%), %.0f articles/s",
                task, done, total, 100.0 * done / Math.max(1, total), done / Math.max(1e-9, seconds));
        if (terminal) {
            int width = 30;
            int filled = (int) (width * (long) done / Math.max(1, total));
            out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the bar's line on a terminal; in a log, prints the last count so that the log does not end mid-way. */
    public void finish() {
        if (shown && !terminal && doneShown != done) {
            show(System.nanoTime());
        }
        if (shown && terminal) {
            out.println();
        }
    }
}
