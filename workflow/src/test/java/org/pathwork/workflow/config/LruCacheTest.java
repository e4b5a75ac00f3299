package org.pathwork.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void dropsTheLeastRecentlyUsedEntryToMakeRoom() {
        LruCache cache = new LruCache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat((Integer) cache.get("a")).isEqualTo(1); // "b" is now the least recently used

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void putIfAbsentKeepsTheFirstValueAndRemoveAllEmptiesIt() {
        LruCache cache = new LruCache(10);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) cache.get("a")).isEqualTo(1);
        cache.computeIfPresent("a", (Integer v) -> v + 10);
        assertThat((Integer) cache.get("a")).isEqualTo(11);
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();

        cache.put("b", 1);
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void needsRoomForOneEntryAtLeast() {
        assertThatThrownBy(() -> new LruCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
