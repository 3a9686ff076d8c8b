package zhengfa.corpus.corpus;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error: a bar redrawn in place on a terminal, a line every
 * ten seconds in a CI log, each with the time left at the rate so far. Short runs (under two
 * seconds) print nothing.
 */
public final class Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final String task;
    private final int total;
    private final String unit;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long started;
    private long lastShown;
    private int done;
    private int doneShown;
    private boolean shown;
    private int lastWidth;
    private long firstDone;

    // On Java 17, the build's runtime, a null console means no terminal (from Java 22 it is never null).
    @SuppressWarnings("SystemConsoleNull")
    public Progress(String task, int total) {
        this(task, total, "articles");
    }

    /** @param unit what is counted, in the plural ("articles", "pages") */
    @SuppressWarnings("SystemConsoleNull")
    public Progress(String task, int total, String unit) {
        this(task, total, unit, System.err, System.console() != null, System::nanoTime);
    }

    /** @param nanoClock the time in nanoseconds, as {@link System#nanoTime()} gives it (tests pass their own) */
    Progress(String task, int total, String unit, PrintStream out, boolean terminal, LongSupplier nanoClock) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    /** One more item done; called from one thread. */
    public void step() {
        done++;
        long now = nanoClock.getAsLong();
        if (done == 1) {
            firstDone = now;
        }
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
        double rate = done / Math.max(1e-9, seconds);
        // The first item carries the start-up (models loaded, code compiled): the time left is told from the rest.
        double steadyRate = done > 1 ? (done - 1) / Math.max(1e-9, (now - firstDone) / 1e9) : rate;
        String line = String.format(
                        Locale.ROOT,
                        "%s: %d/%d %s (%.0f%%), %s %s/s",
                        task,
                        done,
                        total,
                        unit,
                        100.0 * done / Math.max(1, total),
                        rate >= 10
                                ? String.format(Locale.ROOT, "%.0f", rate)
                                : String.format(Locale.ROOT, "%.1f", rate),
                        unit)
                + (done < total && done > 0 ? ", about " + duration((total - done) / steadyRate) + " left" : "");
        if (terminal) {
            int width = 30;
            int filled = (int) (width * (long) done / Math.max(1, total));
            String bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + line;
            out.print("\r" + bar + " ".repeat(Math.max(0, lastWidth - bar.length())));
            lastWidth = bar.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    /**
     * Takes the bar off a terminal's line, so that other output can be printed; the next step
     * draws it again. In a log, where each report is a line of its own, nothing is done.
     */
    public void clear() {
        if (shown && terminal) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
            lastShown = 0;
        }
    }

    /** Ends the bar's line on a terminal; in a log, prints the last count so that the log does not end mid-way. */
    public void finish() {
        if (shown && !terminal && doneShown != done) {
            show(nanoClock.getAsLong());
        }
        if (shown && terminal) {
            out.println();
        }
    }
}
