package org.pathwork.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from N client threads for a fixed time and collects each call's latency.
 * A call that throws counts as a failure (with its message kept for the report), not as a sample.
 */
final class Load {

    /** One client's operation; the argument is the client's number. */
    interface Operation {
        void run(int client) throws Exception;
    }

    record Outcome(int clients, long ok, long failed, double seconds, long[] nanos, List<String> failures,
                   CpuMeter.Spent cpu) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }

        double maxMs() {
            return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
        }

        /** CPU milliseconds this JVM spent per completed operation. */
        double jvmCpuMsPerOp() {
            return ok == 0 ? Double.NaN : cpu.jvmMs() / ok;
        }

        /** CPU milliseconds the measured database's PostgreSQL backends spent per completed operation. */
        double postgresCpuMsPerOp() {
            return ok == 0 ? Double.NaN : cpu.postgresMs() / ok;
        }
    }

    private Load() {
    }

    /** Runs the operation with PostgreSQL's CPU counted on the application's database. */
    static Outcome run(int clients, double seconds, Operation op) throws InterruptedException {
        return run(null, clients, seconds, op);
    }

    /** Runs the operation with PostgreSQL's CPU counted on this database (null: the application's). */
    static Outcome run(CpuMeter.Database database, int clients, double seconds, Operation op)
            throws InterruptedException {
        long[][] samples = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong failed = new AtomicLong();
        List<String> failures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        long durationNanos = (long) (seconds * 1e9);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            samples[c] = new long[1 << 14];
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = window[0] + durationNanos;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    try {
                        op.run(client);
                        long d = System.nanoTime() - t0;
                        if (counts[client] == samples[client].length) {
                            samples[client] = Arrays.copyOf(samples[client], samples[client].length * 2);
                        }
                        samples[client][counts[client]++] = d;
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        synchronized (failures) {
                            if (failures.size() < 5) {
                                failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        CpuMeter cpu = database == null ? CpuMeter.start() : CpuMeter.start(database);
        window[0] = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        CpuMeter.Spent spent = cpu.spent();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(samples[c], 0, all, pos, counts[c]);
            pos += counts[c];
        }
        Arrays.sort(all);
        return new Outcome(clients, total, failed.get(), elapsed, all, failures, spent);
    }
}
