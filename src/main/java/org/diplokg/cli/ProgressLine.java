package org.diplokg.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.function.Consumer;
import org.diplokg.pipeline.ArticleReport;
import org.diplokg.store.Outcome;

/**
 * Shows ingest as it runs: each failed article on its own line, and on a terminal a status line
 * redrawn in place (the sources stream, so the total is not known in advance).
 */
final class ProgressLine implements Consumer<ArticleReport> {
    private static final long REDRAW_NANOS = 200_000_000;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done, added, replaced, skipped, failed;
    private boolean lineShown;

    ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Whether the user watches a terminal. Since Java 22 {@link System#console()} exists even when output is
     * redirected, and only {@code Console.isTerminal()} (not in Java 21, hence the reflection) tells.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException java21) {
            return true;
        }
    }

    @Override
    public void accept(ArticleReport report) {
        done++;
        switch (report.outcome()) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
        }
        if (report.outcome() == Outcome.FAILED) {
            clear();
            err.println("failed  " + report.origin() + ": " + report.error());
        }
        long now = System.nanoTime();
        if (terminal && now - lastDrawn > REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = Math.max((now - started) / 1e9, 0.001);
        err.printf("\r%8d articles  %5.0f/s  added %d  replaced %d  skipped %d  failed %d ",
                done, done / seconds, added, replaced, skipped, failed);
        err.flush();
        lineShown = true;
    }

    /** Removes the status line before other output. */
    void clear() {
        if (!lineShown) return;
        err.print("\r\033[2K");
        err.flush();
        lineShown = false;
    }
}
