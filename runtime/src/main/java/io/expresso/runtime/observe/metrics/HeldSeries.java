package io.expresso.runtime.observe.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Series by key, each made by the first deployment that holds it and dropped when the last one
 * releases it: what no deployed machine names any more stops being reported, and its memory goes
 * with the last execution still recording into it.
 *
 * <p>Reads ({@link #forEach}) take no lock. Holds and releases happen once per deploy and
 * undeploy and take this object's lock for a few map operations.
 *
 * <p>A release is matched by identity: releasing a series that was already dropped, and perhaps
 * replaced by a fresh one under the same key, leaves the fresh one alone.
 */
final class HeldSeries<V> {

    private final Map<String, V> byKey = new ConcurrentHashMap<>();
    /** Guarded by {@code this}. */
    private final Map<String, Integer> holders = new HashMap<>();
    private final Function<String, V> factory;

    /** @param factory makes the series for a key that nothing holds */
    HeldSeries(Function<String, V> factory) {
        this.factory = factory;
    }

    /** @return the series under {@code key}, made if nothing held it, held once more */
    synchronized V hold(String key) {
        V series = byKey.computeIfAbsent(key, factory);
        holders.merge(key, 1, Integer::sum);
        return series;
    }

    /** Gives back one hold on {@code series}; the last one drops it. */
    synchronized void release(String key, V series) {
        if (byKey.get(key) != series) {
            return;
        }
        if (holders.merge(key, -1, (held, minusOne) -> held == 1 ? null : held + minusOne) == null) {
            byKey.remove(key);
        }
    }

    /** Visits the series held now, with their keys; weakly consistent with holds and releases under way. */
    void forEach(BiConsumer<String, V> visitor) {
        byKey.forEach(visitor);
    }
}
