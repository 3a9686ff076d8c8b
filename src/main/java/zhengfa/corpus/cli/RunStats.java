package zhengfa.corpus.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Figures for the benchmark, printed on standard error when {@code -Dzhengfa.stats=true}: wall
 * time; the peak heap in use (live objects plus garbage not yet collected, so it mostly reflects
 * the heap limit); and the peak <em>live</em> heap, the figure that shows whether memory grows
 * with the corpus. The live heap is what a full collection leaves, as the collector itself reports
 * it at the end of the collection (read any later, other threads would already have allocated
 * again). A full collection is requested every second (or {@code -Dzhengfa.stats.sample.ms}) and
 * once at the end; each costs one collection of the live set, which is why this only runs when
 * asked for.
 */
final class RunStats implements AutoCloseable {

    private static final long SAMPLE_MS = Long.getLong("zhengfa.stats.sample.ms", 1000);
    private static final String REQUESTED = "System.gc()";

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private volatile long peakLiveAtMs;
    private final NotificationListener listener = this::onCollection;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    /** The periodic collection; cancelled with the sampler, kept so that an exception it throws is not silently lost. */
    private final java.util.concurrent.ScheduledFuture<?> sampling;

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zhengfa-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    RunStats() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampling = sampler.scheduleWithFixedDelay(System::gc, SAMPLE_MS, SAMPLE_MS, TimeUnit.MILLISECONDS);
    }

    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!REQUESTED.equals(info.getGcCause())) {
            return;
        }
        long live = 0;
        for (Map.Entry<String, MemoryUsage> pool :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                live += pool.getValue().getUsed();
            }
        }
        if (live > peakLive.getAndAccumulate(live, Math::max)) {
            peakLiveAtMs = info.getGcInfo().getEndTime();
        }
        samples.incrementAndGet();
    }

    String describe() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        sampler.shutdownNow();
        long before = samples.get();
        System.gc();
        // Notifications arrive on another thread, shortly after the collection.
        for (int i = 0; i < 100 && samples.get() == before; i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        return String.format(
                "zhengfa-stats: wall_ms=%d peak_heap_mb=%.1f peak_live_heap_mb=%.1f live_samples=%d peak_live_at_ms=%d max_heap_mb=%.0f",
                uptime, peak / 1048576.0, peakLive.get() / 1048576.0, samples.get(), peakLiveAtMs, max / 1048576.0);
    }

    @Override
    public void close() {
        sampling.cancel(false);
        sampler.shutdownNow();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to undo.
            }
        }
    }
}
