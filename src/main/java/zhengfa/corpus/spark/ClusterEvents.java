package zhengfa.corpus.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts what went wrong on the cluster while the job ran: task attempts that failed (Spark ran
 * them again) and executors lost. The job reports them beside its outcome, so that a release cut
 * through failures says so.
 */
final class ClusterEvents extends SparkListener {

    private final AtomicInteger failedTasks = new AtomicInteger();
    private final AtomicInteger lostExecutors = new AtomicInteger();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (!taskEnd.taskInfo().successful()) {
            failedTasks.incrementAndGet();
        }
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        lostExecutors.incrementAndGet();
    }

    /** A sentence for the outcome, or an empty string when nothing failed. */
    String describe() {
        if (failedTasks.get() == 0 && lostExecutors.get() == 0) {
            return "";
        }
        return " (Spark lost " + lostExecutors.get() + " executor(s) and ran " + failedTasks.get()
                + " failed task attempt(s) again)";
    }
}
