package org.diplokg.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.diplokg.extract.Extractor;
import org.diplokg.model.Article;

/**
 * Extraction speed on a corpus repeated to a target size: articles per second per core, on one thread and on all
 * cores, measured side by side in one run (the machines are noisy), and the heap the run needed.
 */
public final class ExtractionBenchmark {
    /**
     * @param singleThreadPerSecond articles per second on one thread
     * @param allCoresPerSecond     articles per second on {@code cores} threads
     * @param peakHeapMb            the most heap in use at a sample after each pass, in MB
     */
    public record Result(int articles, int cores, double singleThreadPerSecond, double allCoresPerSecond, long peakHeapMb,
                         long events) {
        public double perCorePerSecond() { return allCoresPerSecond / cores; }
    }

    private ExtractionBenchmark() {}

    public static Result run(Extractor extractor, List<Article> corpus, int target, int warmup) {
        if (corpus.isEmpty()) throw new IllegalArgumentException("no articles to benchmark");
        IntStream.range(0, warmup).forEach(i -> extractor.extract(corpus.get(i % corpus.size())));
        var events = new AtomicLong();
        long t0 = System.nanoTime();
        for (int i = 0; i < target; i++) events.addAndGet(extractor.extract(corpus.get(i % corpus.size())).events().size());
        double single = target / seconds(t0);
        long heapAfterSingle = usedHeapMb();
        int cores = Runtime.getRuntime().availableProcessors();
        long t1 = System.nanoTime();
        IntStream.range(0, target).parallel().forEach(i -> extractor.extract(corpus.get(i % corpus.size())));
        double all = target / seconds(t1);
        long peak = Math.max(heapAfterSingle, usedHeapMb());
        return new Result(target, cores, single, all, peak, events.get());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
