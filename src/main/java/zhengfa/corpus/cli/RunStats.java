package zhengfa.corpus.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures for the benchmark, printed on standard error when {@code -Dzhengfa.stats=true}: wall
 * time, the peak heap in use (live objects plus garbage not yet collected, so it mostly reflects
 * the heap limit), and the peak <em>live</em> heap, the figure that shows whether memory grows
 * with the corpus. The live heap is sampled by a full collection every
 * {@value #SAMPLE_SECONDS} s and once at the end; that costs about one collection of the live
 * set per sample, which is why it only runs when asked for.
 */
final class RunStats implements AutoCloseable {

    static final long SAMPLE_SECONDS = 5;

    private final AtomicLong peakLive = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zhengfa-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    RunStats() {
        sampler.scheduleAtFixedRate(this::sampleLiveHeap, SAMPLE_SECONDS, SAMPLE_SECONDS, TimeUnit.SECONDS);
    }

    private void sampleLiveHeap() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakLive.accumulateAndGet(used, Math::max);
    }

    String describe() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        sampler.shutdownNow();
        sampleLiveHeap();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        return String.format("zhengfa-stats: wall_ms=%d peak_heap_mb=%.1f peak_live_heap_mb=%.1f max_heap_mb=%.0f", uptime,
                peak / 1048576.0, peakLive.get() / 1048576.0, max / 1048576.0);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
