package io.qike.sandbox.wecom.core;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's notion of "now": wall-clock time plus an offset that the admin API can only move
 * forward, so token, OAuth-code and licence expiry can be tested without waiting.
 */
@Component("wecomSimClock")
public class SimClock {
    private final AtomicLong offsetMillis = new AtomicLong();

    public long nowMillis() {
        return System.currentTimeMillis() + offsetMillis.get();
    }

    public long nowSeconds() {
        return nowMillis() / 1000;
    }

    public void advanceSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offsetMillis.addAndGet(seconds * 1000);
    }

    public long offsetSeconds() {
        return offsetMillis.get() / 1000;
    }

    public void reset() {
        offsetMillis.set(0);
    }
}
