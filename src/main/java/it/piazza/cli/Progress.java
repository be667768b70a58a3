package it.piazza.cli;

import java.io.PrintStream;

/**
 * A progress line on standard error for long runs: a count and a rate, redrawn at most a few times a
 * second, and only when standard error is a terminal or {@code PIAZZA_PROGRESS=1}.
 */
final class Progress {

    private final PrintStream err;
    private final String unit;
    private final long total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long count;
    private long lastDrawNanos;

    Progress(PrintStream err, String unit) {
        this(err, unit, -1);
    }

    Progress(PrintStream err, String unit, long total) {
        this.err = err;
        this.unit = unit;
        this.total = total;
        this.enabled = System.console() != null || "1".equals(System.getenv("PIAZZA_PROGRESS"));
    }

    void tick() {
        count++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawNanos > 250_000_000L) {
            lastDrawNanos = now;
            draw(now);
        }
    }

    void done() {
        if (enabled && count > 0) {
            draw(System.nanoTime());
            err.println();
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String rate = String.format("%,.0f %s/s", count / seconds, unit);
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, count * width / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                    + String.format("%,d/%,d %s, %s", count, total, unit, rate));
        } else {
            err.print("\r" + String.format("%,d %s, %s", count, unit, rate));
        }
        err.flush();
    }
}
