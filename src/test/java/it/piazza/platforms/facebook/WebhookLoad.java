package it.piazza.platforms.facebook;

import it.piazza.platforms.meta.FakeGraphApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the webhook endpoint of a running Piazza from a second process on loopback, as Meta would send it:
 * every request a Page {@code feed} delivery of one realistic Italian comment (non-ASCII escaped as Meta does),
 * signed with {@code X-Hub-Signature-256} over the bytes sent. It connects the channel through the REST API
 * as an administrator, with its actions pointed at a fake Graph API inside this process, then runs a closed
 * loop of {@code --concurrency} virtual threads for {@code --warmup} seconds (not measured) and
 * {@code --seconds} seconds (measured), and prints requests per second and latency percentiles as JSON.
 *
 * <pre>
 * PIAZZA_CREDENTIALS_KEY=$(openssl rand -base64 32) java -jar target/piazza.jar serve --server.port=18080 \
 *     --piazza.demo=false --spring.datasource.url="jdbc:h2:file:/tmp/piazza-load/piazza;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
 * ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=it.piazza.platforms.facebook.WebhookLoad \
 *     -Djmh.args="--url http://127.0.0.1:18080 --admin admin:PASSWORD --mode unique --concurrency 16 --seconds 30"
 * </pre>
 *
 * {@code --mode unique}: each delivery a new comment, so each is verified, read, stored and decided by the
 * engine before the 200 (Piazza answers after storing). {@code --mode replay}: one delivery sent again and
 * again, so each is verified and recognised as already read: the cost of the signature check and the replay
 * lookup alone.
 */
public final class WebhookLoad {

    private static final String PAGE = "1111111111";
    private static final String APP_SECRET = "segreto-del-carico";
    private static final String[] TEXTS = {
            "Quando riaprirà la biblioteca civica? È chiusa da settimane",
            "Grazie al Comune per la pulizia della spiaggia, finalmente un bel lavoro!",
            "Il semaforo di viale Roma è guasto da tre giorni, è pericoloso",
            "Sei un imbecille, vergognati",
            "A che ora apre l'ufficio anagrafe il sabato? Non trovo l'orario sul sito",
            "Offerta imperdibile! Guadagna 500€ al giorno da casa, scrivimi in privato",
            "Perché non passano più a ritirare la carta in via Dorsale? Così non va",
            "Complimenti per l'iniziativa nelle scuole, mia figlia è entusiasta",
            "Siete degli incompetenti, una vergogna per tutta la città",
            "Buongiorno, è possibile prenotare la carta d'identità elettronica online?"};

    private WebhookLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI piazza = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
        String ente = options.getOrDefault("ente", "comune-massa");
        String channel = options.getOrDefault("channel", "facebook");
        String mode = options.getOrDefault("mode", "unique");
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        String admin = options.get("admin");
        if (admin == null) {
            System.err.println("usage: --admin user:password [--url http://127.0.0.1:8080] [--ente comune-massa] "
                    + "[--channel facebook] [--mode unique|replay] [--concurrency 16] [--seconds 30] [--warmup 15]");
            System.exit(2);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (FakeGraphApi graph = FakeGraphApi.start("token-del-carico", PAGE, "17841400000000000")) {
            connect(client, piazza, ente, channel, admin, graph.base());
            URI webhook = piazza.resolve("/webhooks/" + ente + "/" + channel);
            String replayed = graph.facebookComment("3333_0", PAGE + "_3333", null, "9", "Mario Rossi", TEXTS[0], Instant.now());
            AtomicLong sequence = new AtomicLong();
            Run run = new Run(concurrency);
            String loadBefore = loadAverage();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int t = 0; t < concurrency; t++) {
                    int thread = t;
                    threads.submit(() -> {
                        while (!run.over()) {
                            long n = sequence.incrementAndGet();
                            String body = mode.equals("replay") ? replayed : graph.facebookComment("3333_" + n,
                                    PAGE + "_3333", null, "autore-" + (n % 5000), "Cittadino " + (n % 5000),
                                    TEXTS[(int) (n % TEXTS.length)], Instant.now());
                            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                            HttpRequest request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                                    .header("X-Hub-Signature-256", FakeGraphApi.signature(APP_SECRET, bytes))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
                            long start = System.nanoTime();
                            int status;
                            try {
                                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            } catch (Exception e) {
                                status = -1;
                            }
                            run.record(thread, System.nanoTime() - start, status);
                        }
                        return null;
                    });
                }
                run.phases(Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
            }
            System.out.println(run.report(mode, concurrency, seconds, loadBefore, loadAverage()));
        }
    }

    private static void connect(HttpClient client, URI piazza, String ente, String channel, String admin, URI graph)
            throws Exception {
        String body = """
                {"connector": "facebook", "apiBase": "%s", "settings": {"page_id": "%s"},
                 "secrets": {"access_token": "token-del-carico", "app_secret": "%s", "verify_token": "verifica"}}"""
                .formatted(graph, PAGE, APP_SECRET);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(piazza.resolve("/api/enti/" + ente + "/channels/"
                        + channel + "/connection"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("connecting the channel failed: HTTP " + answer.statusCode() + " " + answer.body());
        }
        System.err.println("Connected " + ente + "/" + channel + "; actions go to the fake Graph API at " + graph);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The latencies of the measured phase, per thread, and the statuses. */
    private static final class Run {

        private final long[][] latencies;
        private final int[] counts;
        private final AtomicLong failures = new AtomicLong();
        private volatile boolean measuring;
        private volatile boolean over;
        private long measuredNanos;

        Run(int threads) {
            latencies = new long[threads][1024];
            counts = new int[threads];
        }

        boolean over() {
            return over;
        }

        void record(int thread, long nanos, int status) {
            if (!measuring) {
                return;
            }
            if (status != 200) {
                failures.incrementAndGet();
            }
            if (counts[thread] == latencies[thread].length) {
                latencies[thread] = Arrays.copyOf(latencies[thread], counts[thread] * 2);
            }
            latencies[thread][counts[thread]++] = nanos;
        }

        void phases(Duration warmup, Duration measured) throws InterruptedException {
            System.err.println("Warming up for " + warmup.toSeconds() + " s");
            Thread.sleep(warmup);
            System.err.println("Measuring for " + measured.toSeconds() + " s");
            long start = System.nanoTime();
            measuring = true;
            Thread.sleep(measured);
            measuring = false;
            measuredNanos = System.nanoTime() - start;
            over = true;
        }

        String report(String mode, int concurrency, int seconds, String loadBefore, String loadAfter) {
            int total = Arrays.stream(counts).sum();
            long[] merged = new long[total];
            int at = 0;
            for (int t = 0; t < latencies.length; t++) {
                System.arraycopy(latencies[t], 0, merged, at, counts[t]);
                at += counts[t];
            }
            Arrays.sort(merged);
            return """
                    {"mode": "%s", "concurrency": %d, "seconds": %d, "requests": %d, "not_200": %d, \
                    "requests_per_second": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, \
                    "loadavg_before": "%s", "loadavg_after": "%s"}""".formatted(mode, concurrency, seconds, total,
                    failures.get(), total / (measuredNanos / 1e9), percentile(merged, 0.50), percentile(merged, 0.95),
                    percentile(merged, 0.99), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6, loadBefore,
                    loadAfter);
        }

        private static double percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
