package io.qike.crm.registry.lookup;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Coalesces identical concurrent lookups on this node: the first caller does the work, the others
 * wait for its result, so fifty reps typing the same company cost one provider call. The work must
 * look in the cache again first — a caller may arrive just after the previous leader finished.
 */
final class SingleFlight {
    /** A result, and whether this caller only waited for another caller's work. */
    record Flight<T>(T value, boolean shared) {
    }

    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> Flight<T> run(String key, Supplier<T> work) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> leader = inFlight.putIfAbsent(key, mine);
        if (leader != null) return new Flight<>((T) join(leader), true);
        try {
            T value = work.get();
            mine.complete(value);
            return new Flight<>(value, false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static Object join(CompletableFuture<Object> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
