package io.qike.crm.notify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A channel for the tests: delivers unless a user was given a script of results to answer first, and remembers
 * each delivery it was handed, per user.
 */
@Component
class TestChannel implements NotificationChannel {
    private final Map<Long, Deque<Result>> scripts = new ConcurrentHashMap<>();
    private final Map<Long, List<Delivery>> sent = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String labelKey() {
        return "notify.test.channel";
    }

    @Override
    public synchronized Map<Long, Result> deliver(List<Delivery> batch) {
        Map<Long, Result> results = new HashMap<>();
        for (Delivery d : batch) {
            sent.computeIfAbsent(d.userId(), u -> new ArrayList<>()).add(d);
            Deque<Result> script = scripts.get(d.userId());
            Result r = script == null || script.isEmpty() ? Result.DELIVERED : script.size() == 1 ? script.peek() : script.poll();
            results.put(d.deliveryId(), r);
        }
        return results;
    }

    /** The results to answer for this user, in order; the last one is kept for every later delivery. */
    void script(long userId, Result... results) {
        scripts.put(userId, new ArrayDeque<>(List.of(results)));
    }

    synchronized List<Delivery> sentTo(long userId) {
        return List.copyOf(sent.getOrDefault(userId, List.of()));
    }
}
