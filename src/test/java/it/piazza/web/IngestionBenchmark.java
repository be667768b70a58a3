package it.piazza.web;

import it.piazza.PiazzaApplication;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.testsupport.EmbeddedDatabases;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Ingestion to recorded decision through the REST API, over real HTTP on loopback: starts Piazza on H2 or on
 * an embedded PostgreSQL, then sends realistic comments of the five entes, one per request, and reports
 * throughput and latency percentiles as JSON.
 *
 * <pre>
 * ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=it.piazza.web.IngestionBenchmark \
 *     -Djmh.args="--db h2 --mode max --seconds 20 --concurrency 16"
 * ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=it.piazza.web.IngestionBenchmark \
 *     -Djmh.args="--db postgres --mode rate --rate 200 --seconds 30"
 * </pre>
 *
 * {@code max}: closed loop with {@code --concurrency} clients, as fast as the server answers. {@code rate}:
 * open loop at a fixed rate; latency counts from the planned send time, so a slow server cannot hide its
 * queueing (no coordinated omission). Both measure after {@code --warmup} seconds (default 20) of the same
 * load, so that the figures are those of a running server, not of the JIT. Progress goes to standard error.
 */
public final class IngestionBenchmark {

    private static final String[] ENTES = {"mit", "comune-massa", "provincia-monza-brianza", "roma-capitale",
            "comune-porto-sant-elpidio"};
    private static final String[] TEXTS = {
            "Grazie per l'aggiornamento, finalmente!",
            "Quando riapre la strada? Devo passarci tutti i giorni per lavoro",
            "Vergogna, sono mesi che aspettiamo e nessuno fa niente. L'assessore dovrebbe dimettersi.",
            "Sei un imbecille, vergognati",
            "Buongiorno, la mia pratica è ferma da tre mesi, potete aiutarmi?",
            "Offerta imperdibile! Scarpe a 19,99€ solo oggi, scrivimi su WhatsApp",
            "Il mio numero è 333 123 4567, chiamatemi per il rimborso",
            "Ottima iniziativa per le scuole del quartiere 👏👏",
            "La raccolta dei rifiuti in via Roma non passa da una settimana, chi devo chiamare?",
            "Votate Mario Rossi alle prossime comunali!"};

    /** Interactions per request: 1 sends JSON objects, more sends batches (JSON arrays). */
    private static int batch = 1;

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String db = options.getOrDefault("db", "h2");
        String mode = options.getOrDefault("mode", "max");
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
        batch = Integer.parseInt(options.getOrDefault("batch", "1"));

        Map<String, Object> properties = new HashMap<>();
        DynamicPropertyRegistry registry = (name, supplier) -> properties.put(name, supplier.get());
        String facts = "";
        if ("postgres".equals(db)) {
            EmbeddedDatabases.postgres(registry);
            facts = ", \"synchronous_commit\": \"" + durableCommits((String) properties.get("spring.datasource.url")) + "\"";
        } else {
            Path dir = Files.createTempDirectory("piazza-bench");
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("piazza")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64");
        }
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = SpringApplication.run(PiazzaApplication.class, arguments)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            context.getBean(StaffAccounts.class).create("bench", "Benchmark", "bench-password",
                    Map.of("*", Set.of(Role.MODERATOR)));
            int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
            System.err.println("warming up for " + warmup + " s (the JIT compiles the hot paths)");
            closedLoop(port, concurrency, warmup);
            System.err.println("measuring for " + seconds + " s");
            javax.sql.DataSource dataSource = context.getBean(javax.sql.DataSource.class);
            long[] cpuBefore = cpuNanos(db, dataSource);
            Result result = "rate".equals(mode) ? openLoop(port, rate, seconds) : closedLoop(port, concurrency, seconds);
            long[] cpuAfter = cpuNanos(db, dataSource);
            facts += String.format(java.util.Locale.ROOT, ", \"cpu_ms_per_interaction\": {\"jvm\": %.2f, \"postgres\": %.2f}",
                    (cpuAfter[0] - cpuBefore[0]) / 1e6 / Math.max(1, result.ok()),
                    (cpuAfter[1] - cpuBefore[1]) / 1e6 / Math.max(1, result.ok()));
            System.out.println("{\"db\": \"" + db + "\"" + facts + ", \"mode\": \"" + mode + "\", "
                    + result.json() + "}");
        }
    }

    /**
     * Turns on, for the benchmark's database, what the embedded server's test defaults turn off: a commit
     * returns only once its WAL is on disk, as on a production server, where no decision may be lost.
     *
     * @return the setting a new session of the database gets
     */
    private static String durableCommits(String url) throws java.sql.SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        try (var connection = EmbeddedDatabases.postgresServer().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("alter database " + database + " set synchronous_commit = on");
        }
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
             var result = connection.createStatement().executeQuery("show synchronous_commit")) {
            result.next();
            return result.getString(1);
        }
    }

    /**
     * CPU time so far of this JVM (Piazza and the benchmark's client) and of the PostgreSQL server (its
     * postmaster and every process it started), so that the cost of an interaction can be compared on a
     * machine other jobs share, where throughput cannot.
     */
    private static long[] cpuNanos(String db, javax.sql.DataSource dataSource) throws Exception {
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        if (!"postgres".equals(db)) {
            return new long[] {jvm, 0};
        }
        long backend;
        try (var connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            result.next();
            backend = result.getLong(1);
        }
        long postmaster = Long.parseLong(procStat(backend)[3]);
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(process.getFileName().toString());
                String[] stat = procStat(pid);
                if (stat != null && (pid == postmaster || Long.parseLong(stat[3]) == postmaster)) {
                    ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                }
            }
        }
        return new long[] {jvm, ticks * 10_000_000L}; // USER_HZ is 100 on Linux
    }

    /** @return the fields of /proc/PID/stat, the process name counting as one; null when it has exited */
    private static String[] procStat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 2);
            String[] rest = afterName.split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = Long.toString(pid);
            fields[1] = "name";
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private record Result(long sent, long ok, long errors, double seconds, List<Long> latenciesNanos) {
        String json() {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            return String.format(java.util.Locale.ROOT, "\"sent\": %d, \"ok\": %d, \"errors\": %d, \"per_second\": %.1f, "
                    + "\"p50_ms\": %.1f, \"p95_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f",
                    sent, ok, errors, ok / seconds, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
        }

        private static double pct(List<Long> sorted, double p) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }

    private static HttpClient client() throws Exception {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    private static HttpRequest request(int port, long n) {
        String body = batch == 1 ? interaction(n) : java.util.stream.LongStream.range(n * batch, (n + 1) * batch)
                .mapToObj(IngestionBenchmark::interaction).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/interactions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bench:bench-password".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String interaction(long n) {
        String ente = ENTES[(int) (Math.abs(n) % ENTES.length)];
        String channel = "facebook";
        return """
                {"ente": "%s", "channel": "%s", "platform_id": "bench-%d-%d", "text": "%s",
                 "post": {"id": "p1", "text": "Lavori in corso sulla strada provinciale: chiusura notturna"},
                 "author": {"id": "author-%d"}, "created_at": "2026-03-02T10:15:00+01:00"}"""
                .formatted(ente, channel, System.nanoTime(), n, TEXTS[(int) (Math.abs(n) % TEXTS.length)].replace("\"", "\\\""),
                        Math.abs(n) % 997);
    }

    private static Result closedLoop(int port, int concurrency, int seconds) throws Exception {
        HttpClient http = client();
        http.send(request(port, Long.MAX_VALUE), HttpResponse.BodyHandlers.discarding()); // signs in once, keeps the session
        AtomicLong n = new AtomicLong();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            int status = http.send(request(port, n.getAndIncrement()), HttpResponse.BodyHandlers.discarding()).statusCode();
                            (status < 300 ? ok : errors).incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - sent);
                    }
                    return null;
                });
            }
        }
        return new Result(n.get() * batch, (long) ok.get() * batch, (long) errors.get() * batch,
                (System.nanoTime() - start) / 1e9, latencies);
    }

    private static Result openLoop(int port, int rate, int seconds) throws Exception {
        HttpClient http = client();
        http.send(request(port, Long.MAX_VALUE), HttpResponse.BodyHandlers.discarding());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long planned = start + i * interval;
            // parks rather than spins: a spinning client would take one of the machine's two cores from the server
            java.util.concurrent.locks.LockSupport.parkNanos(planned - System.nanoTime());
            pending.add(http.sendAsync(request(port, i), HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                latencies.add(System.nanoTime() - planned);
                (failure == null && response.statusCode() < 300 ? ok : errors).incrementAndGet();
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new Result(total, ok.get(), errors.get(), (System.nanoTime() - start) / 1e9, latencies);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
