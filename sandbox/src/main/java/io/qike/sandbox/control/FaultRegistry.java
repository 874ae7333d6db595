package io.qike.sandbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Faults currently injected. Thread-safe; a fault with {@code times} expires after that many
 * matching calls. Clearing faults also releases calls held by LATENCY/TIMEOUT faults, so a test
 * that provoked a client timeout does not leave a server thread sleeping behind it; so does
 * shutting down, before the web server's graceful shutdown would wait for those threads.
 */
@Component("registryFaultRegistry")
public class FaultRegistry implements SmartLifecycle {

    private final Map<Provider, ProviderDialect> dialects;
    private final List<Entry> entries = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Object sleepLock = new Object();
    private long generation;
    private volatile boolean running;

    public FaultRegistry(List<ProviderDialect> dialects) {
        this.dialects = dialects.stream().collect(Collectors.toMap(ProviderDialect::provider, Function.identity()));
    }

    /** Adds a fault and returns it with its id; rejects body codes the provider does not have. */
    public Fault add(Fault fault) {
        if (fault.type() == FaultType.BODY_CODE) {
            ProviderDialect dialect = dialects.get(fault.provider());
            if (dialect != null && (!dialect.codes().containsKey(fault.code()) || fault.code().equals(dialect.successCode()))) {
                throw new IllegalArgumentException(fault.provider().id() + " has no error code " + fault.code()
                        + "; known: " + dialect.codes().keySet());
            }
        }
        Fault added = fault.withId(ids.incrementAndGet());
        synchronized (entries) {
            entries.add(new Entry(added, fault.times() == null ? -1 : fault.times()));
        }
        return added;
    }

    public List<Fault> list() {
        synchronized (entries) {
            return entries.stream().map(e -> e.fault).toList();
        }
    }

    public boolean remove(long id) {
        synchronized (entries) {
            return entries.removeIf(e -> e.fault.id() == id);
        }
    }

    /** Removes every fault (of one provider, or all when {@code provider} is null) and wakes held calls. */
    public void clear(Provider provider) {
        synchronized (entries) {
            entries.removeIf(e -> provider == null || e.fault.provider() == provider);
        }
        wakeSleepers();
    }

    public void clear() {
        clear(null);
    }

    /** The faults matching a call, in the order added; uses up one of each fault's {@code times}. */
    public List<Fault> take(Provider provider, String key, String endpoint) {
        List<Fault> matched = new ArrayList<>();
        synchronized (entries) {
            for (var it = entries.iterator(); it.hasNext(); ) {
                Entry e = it.next();
                if (e.fault.matches(provider, key == null ? "" : key, endpoint)) {
                    matched.add(e.fault);
                    if (e.remaining > 0 && --e.remaining == 0) {
                        it.remove();
                    }
                }
            }
        }
        return matched;
    }

    /** Sleeps up to {@code millis}; returns early when faults are cleared or the context closes. */
    public void sleep(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (sleepLock) {
            long started = generation;
            long left;
            while (generation == started && (left = deadline - System.nanoTime()) > 0) {
                try {
                    sleepLock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        wakeSleepers();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else, the web server's graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    void wakeSleepers() {
        synchronized (sleepLock) {
            generation++;
            sleepLock.notifyAll();
        }
    }

    private static final class Entry {
        final Fault fault;
        int remaining; // -1: unlimited

        Entry(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
