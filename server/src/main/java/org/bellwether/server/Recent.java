package org.bellwether.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The most recently used built things, at most {@code limit}: a long night's versions are rebuilt from the store when
 * asked for again, rather than held for ever by a server that runs for days.
 */
final class Recent<K, V> {

    private final Map<K, V> entries;

    Recent(int limit) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** The entry for {@code key}, made by {@code make} (outside the lock: making may take a while) when missing. */
    V computeIfAbsent(K key, Function<K, V> make) {
        V v = get(key);
        if (v == null) {
            v = make.apply(key);
            put(key, v);
        }
        return v;
    }
}
