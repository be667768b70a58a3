package it.piazza.platforms.meta;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.WebhookAnswer;
import it.piazza.platforms.WebhookRequest;
import it.piazza.platforms.http.PlatformHttp;
import it.piazza.platforms.http.Signatures;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Meta's webhook mechanism, shared by Facebook Pages and Instagram (docs/platform-apis.md §1.2):
 * <ul>
 * <li>GET: the handshake, answered with {@code hub.challenge} when {@code hub.mode} is {@code subscribe} and
 * {@code hub.verify_token} is the connection's verify token, else 403;</li>
 * <li>POST: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>},
 * compared in constant time before the body is read (missing: 401, wrong: 403); then the JSON (malformed:
 * 400) is read into new comments, replies and private messages.</li>
 * </ul>
 * Read: Page {@code feed} changes with {@code item=comment} and {@code verb=add} (other verbs are logged and
 * left out; {@code created_time} in unix seconds), Instagram {@code comments} and {@code live_comments}
 * changes in both shapes Meta documents ({@code entry[].changes[]} and {@code field}/{@code value} directly in
 * the entry; the entry's {@code time} in seconds), and {@code messaging} items with text (timestamps in
 * milliseconds; echoes left out). Anything the ente's own account wrote is left out. A private message has no
 * post; a connector tells it from a comment by that.
 */
public final class MetaWebhooks {

    /** Secret: the app secret the deliveries are signed with. */
    public static final String APP_SECRET = "app_secret";

    /** Secret: the verify token chosen when subscribing the webhook in the App Dashboard. */
    public static final String VERIFY_TOKEN = "verify_token";

    private static final Logger log = LoggerFactory.getLogger(MetaWebhooks.class);

    private final String object;
    private final String ownIdSetting;
    private final Clock clock;

    /**
     * @param object the {@code object} of the deliveries read ({@code page}, {@code instagram})
     * @param ownIdSetting the setting naming the ente's own account ({@code page_id}, {@code ig_user_id})
     */
    public MetaWebhooks(String object, String ownIdSetting, Clock clock) {
        this.object = object;
        this.ownIdSetting = ownIdSetting;
        this.clock = clock;
    }

    /** @return the handshake's answer: the challenge as plain text, or 403 */
    public WebhookAnswer challenge(ChannelConnection connection, WebhookRequest request) {
        String challenge = request.query().get("hub.challenge");
        if (!"subscribe".equals(request.query().get("hub.mode")) || challenge == null
                || !Signatures.matches(connection.secrets().require(VERIFY_TOKEN), request.query().get("hub.verify_token"))) {
            return new WebhookAnswer.Refused(403, "Meta handshake without hub.mode=subscribe, hub.challenge and the verify token");
        }
        return new WebhookAnswer.Handshake("text/plain", challenge);
    }

    /** @return the items of a signed delivery, or why it is refused */
    public WebhookAnswer deliver(ChannelConnection connection, WebhookRequest request) {
        String signature = request.header("X-Hub-Signature-256");
        if (signature == null) {
            return new WebhookAnswer.Refused(401, "no X-Hub-Signature-256 header");
        }
        String expected = "sha256=" + Signatures.hex(connection.secrets().require(APP_SECRET), request.body());
        if (!Signatures.matches(expected, signature)) {
            return new WebhookAnswer.Refused(403, "X-Hub-Signature-256 does not match the body");
        }
        JsonNode root;
        try {
            root = PlatformHttp.JSON.readTree(request.body());
        } catch (JacksonException e) {
            return new WebhookAnswer.Refused(400, "the body is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("entry").isArray()) {
            return new WebhookAnswer.Refused(400, "the body is not a Meta delivery (no entry list)");
        }
        String got = root.path("object").asString("");
        if (!object.equals(got)) {
            log.info("Meta delivery for {}/{} about \"{}\" left out: this connection reads \"{}\"", connection.enteId(),
                    connection.channelId(), got, object);
            return new WebhookAnswer.Accepted(List.of());
        }
        Reading reading = new Reading(connection, connection.setting(ownIdSetting));
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                reading.change(entry, change);
            }
            if (entry.has("field") && entry.has("value")) {
                reading.change(entry, entry);
            }
            for (JsonNode messaging : entry.path("messaging")) {
                reading.message(messaging);
            }
        }
        return new WebhookAnswer.Accepted(reading.items);
    }

    /** The items of one delivery. */
    private final class Reading {

        private final ChannelConnection connection;
        private final String ownId;
        private final List<NewInteraction> items = new ArrayList<>();

        Reading(ChannelConnection connection, String ownId) {
            this.connection = connection;
            this.ownId = ownId;
        }

        void change(JsonNode entry, JsonNode change) {
            String field = change.path("field").asString("");
            JsonNode value = change.path("value");
            switch (field) {
                case "feed" -> feed(value);
                case "comments", "live_comments" -> instagram(entry, value);
                default -> log.debug("Meta change \"{}\" for {}/{} left out", field, connection.enteId(), connection.channelId());
            }
        }

        private void feed(JsonNode value) {
            if (!"comment".equals(value.path("item").asString(""))) {
                return;
            }
            String verb = value.path("verb").asString("");
            String id = text(value, "comment_id");
            if (!"add".equals(verb)) {
                log.info("Facebook comment {} on {}/{}: verb \"{}\" left out", id, connection.enteId(),
                        connection.channelId(), verb);
                return;
            }
            String post = text(value, "post_id");
            String parent = text(value, "parent_id");
            boolean reply = parent != null && !parent.equals(post);
            add(id, reply ? InteractionKind.REPLY : InteractionKind.COMMENT, post, reply ? parent : null,
                    value.path("from"), "name", text(value, "message"), seconds(value.path("created_time")));
        }

        private void instagram(JsonNode entry, JsonNode value) {
            String parent = text(value, "parent_id");
            add(text(value, "id"), parent == null ? InteractionKind.COMMENT : InteractionKind.REPLY,
                    text(value.path("media"), "id"), parent, value.path("from"), "username", text(value, "text"),
                    seconds(entry.path("time")));
        }

        void message(JsonNode messaging) {
            JsonNode message = messaging.path("message");
            if (!message.isObject() || message.path("is_echo").asBoolean(false)) {
                return;
            }
            JsonNode at = messaging.path("timestamp");
            add(text(message, "mid"), InteractionKind.PRIVATE_MESSAGE, null, null, messaging.path("sender"), "name",
                    text(message, "text"), at.canConvertToLong() ? Instant.ofEpochMilli(at.asLong()) : clock.instant());
        }

        private void add(@Nullable String id, InteractionKind kind, @Nullable String post, @Nullable String parent,
                JsonNode from, String nameField, @Nullable String text, Instant createdAt) {
            String author = text(from, "id");
            if (ownId.equals(author)) {
                return;
            }
            if (id == null || text == null) {
                log.info("Meta {} on {}/{} without id or text (e.g. only a photo) left out", kind, connection.enteId(),
                        connection.channelId());
                return;
            }
            items.add(new NewInteraction(connection.channelId(), kind, id, post, null, parent, author,
                    text(from, nameField), text, createdAt));
        }

        private Instant seconds(JsonNode value) {
            return value.canConvertToLong() ? Instant.ofEpochSecond(value.asLong()) : clock.instant();
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString() : null;
    }
}
