package it.piazza.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * Piazza as users run it — {@code java -jar target/piazza.jar serve} — in a process of its own, so that a test
 * can kill it with SIGKILL and start it again. The jar is the one {@code mvn package} built before the
 * integration tests run.
 */
public final class PiazzaProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "piazza.jar");

    private final Map<String, String> properties;
    private final Path log;
    private final int port;
    private Process process;

    private PiazzaProcess(Map<String, String> properties, Path log, int port) {
        this.properties = properties;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts Piazza with these Spring properties on a free port and waits until it reports itself healthy.
     *
     * @param name names the log file under {@code target/processes/}
     */
    public static PiazzaProcess start(String name, Map<String, String> properties) {
        PiazzaProcess p = new PiazzaProcess(properties, Path.of("target", "processes", name + ".log"), freePort());
        p.restart();
        return p;
    }

    /** Starts the process again (after {@link #kill()}), appending to the same log. */
    public void restart() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the integration tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "serve", "--server.port=" + port));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("Piazza healthy on port " + port + " (log: " + log + ")").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Piazza exited with " + process.exitValue() + "; see " + log);
                    }
                    try {
                        return http.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    /** @return the address of {@code path} on this process */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Kills the process with SIGKILL: no shutdown hook, no graceful stop. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
