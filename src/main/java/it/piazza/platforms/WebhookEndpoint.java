package it.piazza.platforms;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook address of each connected channel: {@code /webhooks/{ente}/{channel}}. GET answers the
 * platform's verification handshake; POST reads the raw body (at most {@code piazza.webhooks.max-bytes}),
 * lets the channel's connector verify and read it, and hands the items to the moderation engine before
 * answering 200. Unsigned, wrongly signed, malformed and oversized calls are refused with their status and
 * logged, and nothing of them is stored; a delivery already read (a replay, or the platform's retry after a
 * lost answer) is answered 200 and not read again.
 */
@RestController
class WebhookEndpoint {

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final ChannelConnections connections;
    private final Connectors connectors;
    private final Inbound inbound;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxBytes;

    WebhookEndpoint(ChannelConnections connections, Connectors connectors, Inbound inbound, JdbcClient jdbc, Clock clock,
            @Value("${piazza.webhooks.max-bytes:1048576}") int maxBytes) {
        this.connections = connections;
        this.connectors = connectors;
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/webhooks/{enteId}/{channelId}")
    ResponseEntity<String> challenge(@PathVariable String enteId, @PathVariable String channelId,
            HttpServletRequest request) {
        Optional<Receiver> receiver = receiver(enteId, channelId);
        if (receiver.isEmpty()) {
            return refuse(enteId, channelId, new WebhookAnswer.Refused(404, "no webhook connection"));
        }
        WebhookAnswer answer = receiver.get().webhooks().challenge(receiver.get().connection(),
                new WebhookRequest(query(request), headers(request), new byte[0]));
        return answer(enteId, channelId, receiver.get(), answer);
    }

    @PostMapping("/webhooks/{enteId}/{channelId}")
    ResponseEntity<String> deliver(@PathVariable String enteId, @PathVariable String channelId,
            HttpServletRequest request) throws IOException {
        Optional<Receiver> receiver = receiver(enteId, channelId);
        if (receiver.isEmpty()) {
            return refuse(enteId, channelId, new WebhookAnswer.Refused(404, "no webhook connection"));
        }
        if (request.getContentLengthLong() > maxBytes) {
            return refuse(enteId, channelId, new WebhookAnswer.Refused(413, "body of " + request.getContentLengthLong()
                    + " bytes; at most " + maxBytes));
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            return refuse(enteId, channelId, new WebhookAnswer.Refused(413, "body over " + maxBytes + " bytes"));
        }
        WebhookAnswer answer = receiver.get().webhooks().deliver(receiver.get().connection(),
                new WebhookRequest(query(request), headers(request), body));
        return answer(enteId, channelId, receiver.get(), answer);
    }

    private ResponseEntity<String> answer(String enteId, String channelId, Receiver receiver, WebhookAnswer answer) {
        return switch (answer) {
            case WebhookAnswer.Handshake handshake -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(handshake.contentType())).body(handshake.body());
            case WebhookAnswer.Refused refused -> refuse(enteId, channelId, refused);
            case WebhookAnswer.Accepted accepted -> {
                receive(receiver.connection(), accepted);
                yield ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
            }
        };
    }

    private void receive(ChannelConnection connection, WebhookAnswer.Accepted accepted) {
        if (accepted.items().isEmpty()) {
            return;
        }
        String digest = digest(connection, accepted);
        boolean seen = jdbc.sql("select count(*) from webhook_delivery where digest = ?").param(digest)
                .query(Integer.class).single() > 0;
        if (seen) {
            log.info("Webhook delivery for {}/{} already read ({} items): not read again", connection.enteId(),
                    connection.channelId(), accepted.items().size());
            return;
        }
        inbound.receive(connection, accepted.items());
        jdbc.sql("insert into webhook_delivery (digest, ente_id, channel_id, received_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(digest, connection.enteId(), connection.channelId(), Timestamp.from(clock.instant())).update();
    }

    private static String digest(ChannelConnection connection, WebhookAnswer.Accepted accepted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((connection.enteId() + "/" + connection.channelId()).getBytes(StandardCharsets.UTF_8));
            accepted.items().forEach(i -> sha.update(("\n" + i.platformId()).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private ResponseEntity<String> refuse(String enteId, String channelId, WebhookAnswer.Refused refused) {
        log.warn("Webhook call for {}/{} refused with {}: {}", enteId, channelId, refused.status(), refused.reason());
        return ResponseEntity.status(refused.status()).contentType(MediaType.TEXT_PLAIN).body(refused.reason());
    }

    private record Receiver(ChannelConnection connection, WebhookReceiver webhooks) {
    }

    private Optional<Receiver> receiver(String enteId, String channelId) {
        return connections.find(enteId, channelId)
                .filter(c -> c.state() != ConnectionState.DISABLED)
                .flatMap(c -> connectors.connector(c.connector())
                        .filter(WebhookReceiver.class::isInstance)
                        .map(w -> new Receiver(c, (WebhookReceiver) w)));
    }

    /** Reads the query string itself: asking the servlet for parameters would consume a form body. */
    private static Map<String, String> query(HttpServletRequest request) {
        Map<String, String> query = new HashMap<>();
        String raw = request.getQueryString();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            query.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
