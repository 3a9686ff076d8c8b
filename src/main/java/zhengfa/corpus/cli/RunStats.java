package zhengfa.corpus.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * With -Dzhengfa.stats=true the command ends with one line of figures for the benchmark: wall time
 * since the JVM started and peak heap, the sum of each heap pool's own peak (an upper bound, as
 * the pools do not all peak at the same moment).
 */
final class RunStats {

    private RunStats() {
    }

    static String describe() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long max = Runtime.getRuntime().maxMemory();
        return String.format("zhengfa-stats: wall_ms=%d peak_heap_mb=%.1f max_heap_mb=%.0f", uptime, peak / 1048576.0,
                max / 1048576.0);
    }
}
