package org.pathwork.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the memory of another process on this machine: /proc for RSS, the JDK's jcmd for the Java heap. */
final class JvmProbe {

    /** G1 prints one line for its heap ("garbage-first heap   total ..."), the serial collector one per generation. */
    private static final Pattern HEAP_TOTAL = Pattern.compile("(?:heap|generation)\\s+total (\\d+)K");

    private JvmProbe() {
    }

    /** Resident set size: the memory the process really occupies, Java heap, metaspace, code and threads. */
    static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** The Java heap the JVM has committed (used or not), from {@code GC.heap_info}; runs no GC. */
    static long committedHeapKb(long pid) throws Exception {
        String out = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_TOTAL.matcher(out);
        long kb = 0;
        boolean found = false;
        while (m.find()) {
            kb += Long.parseLong(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("no heap total in jcmd " + pid + " GC.heap_info: " + out);
        }
        return kb;
    }

    static String jcmd(long pid, String command) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }
}
