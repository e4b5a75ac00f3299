package org.pathwork.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How high this JVM's heap went while a piece of work ran (all of the JVM's threads, not the
 * work's alone), from the collector's own notifications rather than from sampling, which misses
 * the moments just before a collection:
 * <ul>
 * <li>{@link Peaks#peakUsedBytes()}: the most heap in use, garbage included. Between collections the
 * heap only fills, so its highs are just before a collection or at the end: the most of the heap in
 * use before any collection during the work and at its end. It mostly says how full the collector
 * let the heap get. (The sum of the heap pools' own peaks is no better: the pools peak at different
 * moments, and the sum came to 333 MB in a run with -Xmx256m.)</li>
 * <li>{@link Peaks#peakAfterGcBytes()}: the most heap in use just after any collection during the
 * work: closer to what the work kept reachable, though a young collection leaves old garbage in
 * place. Zero if no collection ran.</li>
 * </ul>
 * A full collection at the start makes the baseline what is reachable then.
 */
final class HeapWatch {

    record Peaks(long baselineBytes, long peakUsedBytes, long peakAfterGcBytes, int collections) {
    }

    private final Set<String> heapPoolNames = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    /** Each collector's count of collections at the start and (once finished) at the end. */
    private final Map<String, Long> countAtStart = new HashMap<>();
    private final Map<String, Long> countAtEnd = new HashMap<>();
    private final NotificationListener listener = this::collected;
    private final long baseline;
    private long peakBeforeGc;
    private long peakAfterGc;
    private int collections;

    private HeapWatch() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.listen();
        return watch;
    }

    private synchronized void listen() {
        for (GarbageCollectorMXBean gc : collectors) {
            countAtStart.put(gc.getName(), gc.getCollectionCount());
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /**
     * Reads the figures at the end of the work. Notifications of collections come on a thread of
     * their own, a little after each collection: waits (at most 5 s) until those of every collection
     * during the work have come.
     */
    synchronized Peaks finish() throws InterruptedException {
        long usedAtEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long expected = 0;
        for (GarbageCollectorMXBean gc : collectors) {
            long end = gc.getCollectionCount();
            countAtEnd.put(gc.getName(), end);
            expected += end - countAtStart.get(gc.getName());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (collections < expected && System.nanoTime() < deadline) {
            wait(50);
        }
        if (collections < expected) {
            BenchMain.log("  heap: %d of %d collections were notified; the peaks leave the rest out",
                    collections, expected);
        }
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // not registered on this collector: nothing to remove
            }
        }
        return new Peaks(baseline, Math.max(peakBeforeGc, usedAtEnd), peakAfterGc, collections);
    }

    private synchronized void collected(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        // a collection's id is its collector's count including it: the one at the start is not the work's
        long id = info.getGcInfo().getId();
        Long end = countAtEnd.get(info.getGcName());
        if (id <= countAtStart.getOrDefault(info.getGcName(), Long.MAX_VALUE) || (end != null && id > end)) {
            return;
        }
        peakBeforeGc = Math.max(peakBeforeGc, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        peakAfterGc = Math.max(peakAfterGc, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        collections++;
        notifyAll();
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> heapPoolNames.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
