package io.qike.crm.wecom;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How busy the callback endpoint is on this node, so that answering WeCom comes before handling what it sent.
 *
 * <p>WeCom waits five seconds for an answer, retries three times and, after repeated failures, stops calling; a burst of
 * directory changes (an admin moving a department of 5,000 people) arrives at a few hundred events a second. On the
 * machines Qike runs on, handling an event (a WeCom read and a database write) costs several times what answering it
 * does; handled as they arrived, the handlers took the CPU and the answers waited for it. Every answered event is
 * already stored (the inbox and the event publication registry), so its handling may wait: while events arrive faster
 * than {@link #BUSY_PER_SECOND} a second, handlers hold back, for at most the defer limit the inbox gives, after which
 * they run regardless, so a flood that never ends still gets handled.
 */
@Component
class CallbackPressure {
    /** Arrivals per second above which the endpoint counts as busy. */
    static final int BUSY_PER_SECOND = 20;
    private static final long WINDOW_NANOS = 250_000_000L;
    private static final long POLL_MILLIS = 100;
    private long window;
    private int current;
    private int previous;

    /** An event arrived at the endpoint. */
    synchronized void arrived() {
        roll(System.nanoTime());
        current++;
    }

    /** Whether events arrived faster than {@link #BUSY_PER_SECOND} over the last quarter to half second. */
    synchronized boolean busy() {
        long now = System.nanoTime();
        roll(now);
        long elapsed = WINDOW_NANOS + Math.floorMod(now, WINDOW_NANOS);
        return (previous + current) * 1_000_000_000L >= (long) BUSY_PER_SECOND * elapsed;
    }

    /** Waits while the endpoint is busy, at most {@code limit}. */
    void awaitLull(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (busy() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void roll(long now) {
        long w = Math.floorDiv(now, WINDOW_NANOS);
        if (w == window) return;
        previous = w == window + 1 ? current : 0;
        current = 0;
        window = w;
    }
}
