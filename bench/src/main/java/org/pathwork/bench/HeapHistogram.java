package org.pathwork.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live objects of another JVM on this machine, by class: {@code jcmd <pid> GC.class_histogram},
 * which runs a full GC first, so the figures are what is reachable, not what garbage happens to lie
 * around. That full GC may give memory back to the operating system: read RSS before taking one.
 */
final class HeapHistogram {

    record Entry(String className, long instances, long bytes) {
    }

    private final Map<String, Entry> byClass;
    private final long totalBytes;

    private HeapHistogram(Map<String, Entry> byClass, long totalBytes) {
        this.byClass = byClass;
        this.totalBytes = totalBytes;
    }

    static HeapHistogram of(long pid) throws Exception {
        String out = JvmProbe.jcmd(pid, "GC.class_histogram");
        Map<String, Entry> byClass = new HashMap<>();
        long total = -1;
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":") && f[1].matches("\\d+")) {
                // "12:  instances  bytes  class.Name (module@version)"; a class name can repeat across class loaders
                byClass.merge(f[3], new Entry(f[3], Long.parseLong(f[1]), Long.parseLong(f[2])),
                        (a, b) -> new Entry(a.className(), a.instances() + b.instances(), a.bytes() + b.bytes()));
            } else if (f.length == 3 && f[0].equals("Total")) {
                total = Long.parseLong(f[2]);
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no Total line in the histogram of " + pid + ": " + out);
        }
        return new HeapHistogram(byClass, total);
    }

    long totalBytes() {
        return totalBytes;
    }

    long instances(String className) {
        Entry e = byClass.get(className);
        return e == null ? 0 : e.instances();
    }

    /** The classes whose live bytes grew most from {@code before} to this histogram. */
    List<Entry> grownMostSince(HeapHistogram before, int n) {
        List<Entry> growth = new ArrayList<>();
        for (Entry e : byClass.values()) {
            Entry b = before.byClass.get(e.className());
            long bytes = e.bytes() - (b == null ? 0 : b.bytes());
            if (bytes > 0) {
                growth.add(new Entry(e.className(), e.instances() - (b == null ? 0 : b.instances()), bytes));
            }
        }
        growth.sort(Comparator.comparingLong(Entry::bytes).reversed());
        return growth.subList(0, Math.min(n, growth.size()));
    }
}
