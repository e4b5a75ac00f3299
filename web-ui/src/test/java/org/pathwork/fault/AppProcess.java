package org.pathwork.fault;

import static org.awaitility.Awaitility.await;

import java.io.File;
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

/**
 * Pathwork running as a separate operating-system process (its own JVM, the test class path), so a
 * test can kill it with SIGKILL, run two of them side by side, or pull its database away.
 */
final class AppProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "fault-logs");

    private final String name;
    private final String jdbcUrl;
    private final List<String> settings;
    private final int port;
    private Process process;
    private int starts;

    /** settings: more command-line settings, e.g. {@code --spring.mail.host=127.0.0.1} */
    AppProcess(String name, String jdbcUrl, String... settings) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.settings = List.of(settings);
        this.port = freePort();
    }

    /** The log of the latest start. */
    Path log() {
        return LOGS.resolve(name + "-" + starts + ".log");
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the application and waits until it serves requests. */
    AppProcess start() {
        try {
            Files.createDirectories(LOGS);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    "org.pathwork.PathworkApplication",
                    "--server.port=" + port,
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--pathwork.demo-data=true",
                    "--spring.datasource.hikari.maximum-pool-size=8",
                    "--pathwork.password-strength=4"));
            command.addAll(settings);
            File log = LOGS.resolve(name + "-" + (++starts) + ".log").toFile();
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        await("start of " + name).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + LOGS);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful close, exactly like a crash. */
    void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
