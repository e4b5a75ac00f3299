package org.pathwork.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as a child process on H2 (the default settings), in a working directory of
 * its own, so that every start begins with an empty database. Started either from the jar as built, or
 * the way deploy/start-with-cds.sh starts it: extracted ({@link #extract}), with the class data sharing
 * archive of a training run ({@link #train}).
 */
final class PackagedApp implements AutoCloseable {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Duration LIMIT = Duration.ofSeconds(300);

    private final Process process;
    private final Path log;
    private final URI base;
    private final long startedNanos;

    private PackagedApp(Process process, Path log, URI base, long startedNanos) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java <jvm> -jar <jar>} on a free port in {@code workDir}, its output into {@code log}. */
    static PackagedApp start(List<String> jvm, Path jar, Path workDir, Path log) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        Files.createDirectories(workDir);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new PackagedApp(p, log, URI.create("http://127.0.0.1:" + port + "/"), t0);
    }

    /**
     * Extracts the jar for class data sharing ({@code java -Djarmode=tools -jar ... extract}: the
     * application jar and its libraries in lib/, which the archive records by path and time stamp).
     * Returns the extracted application jar.
     */
    static Path extract(Path jar, Path destination, Path log) throws Exception {
        run(List.of(JAVA, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                destination.toString()), destination.getParent(), log);
        Path extracted = destination.resolve(jar.getFileName());
        if (!Files.isRegularFile(extracted)) {
            throw new IllegalStateException("the extraction left no " + extracted + "; see " + log);
        }
        return extracted;
    }

    /**
     * The training run of Spring's CDS support: the extracted jar with the same JVM options as the
     * start that will use the archive, exiting as soon as the context has refreshed
     * ({@code spring.context.exit=onRefresh}) and writing the classes it loaded to {@code archive}.
     */
    static void train(List<String> jvm, Path extractedJar, Path archive, Path workDir, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvm);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toString()));
        Files.createDirectories(workDir);
        run(command, workDir, log);
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("the training run wrote no archive " + archive + "; see " + log);
        }
    }

    private static void run(List<String> command, Path workDir, Path log) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("not done within " + LIMIT.toSeconds() + " s: " + command + "; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exited with " + p.exitValue() + ": " + command + "; see " + log);
        }
    }

    /** Waits until / answers HTTP (any status); returns the status and the seconds since the start. */
    Answer awaitHttp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest get = HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() - startedNanos > LIMIT.toNanos()) {
                throw new IllegalStateException("the application did not answer within " + LIMIT.toSeconds()
                        + " s; see " + log);
            }
            try {
                int status = http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
                return new Answer(status, (System.nanoTime() - startedNanos) / 1e9);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
    }

    record Answer(int status, double seconds) {
    }

    /**
     * CPU seconds the process has used so far, all threads, user and system (/proc/pid/stat, in
     * clock ticks of 1/100 s). Unlike the wall time, hardly moved by other load on the machine.
     */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is the state (field 3 of proc(5)); utime and stime are fields 14 and 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    long pid() {
        return process.pid();
    }

    URI base() {
        return base;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
