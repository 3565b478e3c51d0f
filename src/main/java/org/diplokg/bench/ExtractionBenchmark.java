package org.diplokg.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.diplokg.model.Article;

/**
 * Throughput of a piece of work over a corpus repeated to a target size: articles per second on one thread and on
 * every core, and the heap in use afterwards. Two pieces of work measured in one run (extraction, and text analysis
 * alone as a baseline) give a ratio that holds on a noisy machine better than either rate.
 */
public final class ExtractionBenchmark {
    /**
     * @param singleThreadPerSecond articles per second on one thread
     * @param allCoresPerSecond     articles per second on {@code cores} threads
     * @param singleThreadPerCpuSecond articles per second of the one thread's own CPU time
     * @param allocatedKbPerArticle kilobytes the one thread allocated per article
     * @param heapMb                heap in use after the run, in MB
     */
    public record Result(int articles, int cores, double singleThreadPerSecond, double allCoresPerSecond,
                         double singleThreadPerCpuSecond, double allocatedKbPerArticle, long heapMb) {
        public double perCorePerSecond() { return allCoresPerSecond / cores; }
    }

    private ExtractionBenchmark() {}

    /** Warms up on {@code warmup} articles, then runs {@code target} articles on one thread and on all cores. */
    public static Result run(Consumer<Article> work, List<Article> corpus, int target, int warmup) {
        if (corpus.isEmpty()) throw new IllegalArgumentException("no articles to benchmark");
        IntStream.range(0, warmup).forEach(i -> work.accept(corpus.get(i % corpus.size())));
        var thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu0 = thread.getCurrentThreadCpuTime();
        long allocated0 = thread.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        for (int i = 0; i < target; i++) work.accept(corpus.get(i % corpus.size()));
        double single = target / seconds(t0);
        double perCpuSecond = target / ((thread.getCurrentThreadCpuTime() - cpu0) / 1e9);
        double kbPerArticle = (thread.getCurrentThreadAllocatedBytes() - allocated0) / 1024.0 / target;
        int cores = Runtime.getRuntime().availableProcessors();
        long t1 = System.nanoTime();
        IntStream.range(0, target).parallel().forEach(i -> work.accept(corpus.get(i % corpus.size())));
        double all = target / seconds(t1);
        return new Result(target, cores, single, all, perCpuSecond, kbPerArticle, usedHeapMb());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
