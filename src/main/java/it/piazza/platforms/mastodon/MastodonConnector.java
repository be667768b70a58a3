package it.piazza.platforms.mastodon;

import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.Connector;
import it.piazza.platforms.PlatformAction;
import it.piazza.platforms.PollOutcome;
import it.piazza.platforms.Poller;
import it.piazza.platforms.Receiving;
import it.piazza.platforms.http.CallFailed;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The Mastodon connector: polls mentions, replies in public or in private, blocks and unblocks accounts. */
@Component
class MastodonConnector implements Connector, Poller {

    private static final Logger log = LoggerFactory.getLogger(MastodonConnector.class);
    private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"([^\"]+)\"");
    private static final String MENTIONS = "/api/v1/notifications?types%5B%5D=mention&limit=40";
    private static final int MAX_PAGES = 10;

    private final PlatformHttp http;
    private final Clock clock;
    private final Duration interval;

    MastodonConnector(PlatformHttp http, Clock clock, @Value("${piazza.mastodon.interval:PT1M}") Duration interval) {
        this.http = http;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String id() {
        return "mastodon";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("instance", "the Mastodon server's address (https://...)",
                "account_id", "the ente's own account id on that server");
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("access_token", "an access token of the ente's account (read write:statuses write:blocks)");
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return Capabilities.of(Set.of(ActionKind.REPLY_PUBLIC, ActionKind.REPLY_PRIVATE, ActionKind.BAN,
                ActionKind.UNBAN), Receiving.POLLING);
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public PollOutcome poll(ChannelConnection connection, @Nullable String cursor) {
        String own = connection.setting("account_id");
        List<NewInteraction> items = new ArrayList<>();
        String newest = cursor;
        URI next = PlatformHttp.request(base(connection), MENTIONS
                + (cursor == null ? "" : "&min_id=" + PlatformHttp.encode(cursor))).build().uri();
        try {
            for (int page = 0; page < MAX_PAGES && next != null; page++) {
                URI url = next;
                HttpAnswer answer = send(connection, () -> HttpRequest.newBuilder(url).GET());
                JsonNode notifications = answer.json();
                if (notifications.isEmpty()) {
                    break;
                }
                newest = notifications.path(0).path("id").asString();
                List<NewInteraction> pageItems = new ArrayList<>();
                for (JsonNode notification : notifications) {
                    interaction(connection, notification, own).ifPresent(pageItems::add);
                }
                // each page is newest first; pages come oldest first
                items.addAll(pageItems.reversed());
                // the first poll takes the newest page only; later ones walk forward from the cursor
                next = cursor == null ? null : prev(answer, connection);
            }
        } catch (CallFailed failed) {
            return failed.pollOutcome();
        }
        return new PollOutcome.Polled(items, newest);
    }

    /** @return the {@code rel="prev"} link (newer items), when it stays on the connection's server */
    private static @Nullable URI prev(HttpAnswer answer, ChannelConnection connection) {
        String header = answer.headers().allValues("Link").stream().reduce((a, b) -> a + ", " + b).orElse("");
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            if (m.group(2).equals("prev")) {
                URI link = URI.create(m.group(1));
                URI base = base(connection);
                boolean sameServer = Objects.equals(link.getScheme(), base.getScheme())
                        && Objects.equals(link.getAuthority(), base.getAuthority());
                if (!sameServer) {
                    log.warn("Mastodon {}/{} linked to another server; not followed", connection.enteId(),
                            connection.channelId());
                }
                return sameServer ? link : null;
            }
        }
        return null;
    }

    private static Optional<NewInteraction> interaction(ChannelConnection connection, JsonNode notification, String own) {
        JsonNode status = notification.path("status");
        String authorId = status.path("account").path("id").asString("");
        if (!notification.path("type").asString("").equals("mention") || status.isMissingNode() || own.equals(authorId)) {
            return Optional.empty();
        }
        String inReplyTo = status.path("in_reply_to_id").asString(null);
        String inReplyToAccount = status.path("in_reply_to_account_id").asString(null);
        InteractionKind kind = status.path("visibility").asString("").equals("direct") ? InteractionKind.PRIVATE_MESSAGE
                : inReplyTo != null && !own.equals(inReplyToAccount) ? InteractionKind.REPLY : InteractionKind.COMMENT;
        String warning = status.path("spoiler_text").asString("");
        String text = StatusText.plain(status.path("content").asString(""));
        JsonNode account = status.path("account");
        String name = account.path("display_name").asString("");
        return Optional.of(new NewInteraction(connection.channelId(), kind, status.path("id").asString(), inReplyTo, null,
                kind == InteractionKind.REPLY ? inReplyTo : null, authorId,
                name.isBlank() ? account.path("acct").asString(null) : name,
                warning.isBlank() ? text : warning + "\n\n" + text,
                Instant.parse(status.path("created_at").asString())));
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        try {
            return switch (action.kind()) {
                case REPLY_PUBLIC -> reply(connection, action, false, idempotencyKey);
                case REPLY_PRIVATE -> reply(connection, action, true, idempotencyKey);
                case BAN -> relationship(connection, action.targetId(), "block");
                case UNBAN -> relationship(connection, action.targetId(), "unblock");
                case HIDE, UNHIDE, REMOVE, PUBLISH -> new ActionOutcome.Refused("Mastodon's API does not let an account "
                        + action.kind() + " other people's statuses");
            };
        } catch (CallFailed failed) {
            return failed.outcome();
        }
    }

    private ActionOutcome reply(ChannelConnection connection, PlatformAction action, boolean direct, String key)
            throws CallFailed {
        String text = action.requireText();
        JsonNode target = send(connection, () -> PlatformHttp.request(base(connection), "/api/v1/statuses/"
                + PlatformHttp.encode(action.targetId())).GET()).json();
        String visibility = target.path("visibility").asString("public");
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "@" + target.path("account").path("acct").asString() + " " + text);
        status.put("in_reply_to_id", action.targetId());
        status.put("visibility", direct ? "direct" : visibility.equals("private") || visibility.equals("direct")
                ? visibility : "public");
        HttpAnswer answer = send(connection, () -> PlatformHttp.request(base(connection), "/api/v1/statuses")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(PlatformHttp.json(status)));
        return new ActionOutcome.Done(answer.json().path("id").asString());
    }

    private ActionOutcome relationship(ChannelConnection connection, String accountId, String verb) throws CallFailed {
        send(connection, () -> PlatformHttp.request(base(connection), "/api/v1/accounts/"
                + PlatformHttp.encode(accountId) + "/" + verb).POST(HttpRequest.BodyPublishers.noBody()));
        return new ActionOutcome.Done(accountId);
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        try {
            return switch (action.kind()) {
                case REPLY_PUBLIC, REPLY_PRIVATE -> ownReply(connection, action);
                case BAN -> blocking(connection, action.targetId(), true);
                case UNBAN -> blocking(connection, action.targetId(), false);
                case HIDE, UNHIDE, REMOVE, PUBLISH -> Optional.empty();
            };
        } catch (CallFailed failed) {
            return Optional.empty();
        }
    }

    private Optional<ActionOutcome> ownReply(ChannelConnection connection, PlatformAction action) throws CallFailed {
        String own = connection.setting("account_id");
        JsonNode context = send(connection, () -> PlatformHttp.request(base(connection), "/api/v1/statuses/"
                + PlatformHttp.encode(action.targetId()) + "/context").GET()).json();
        String text = action.text() == null ? "" : action.text().strip();
        for (JsonNode status : context.path("descendants")) {
            if (own.equals(status.path("account").path("id").asString(""))
                    && action.targetId().equals(status.path("in_reply_to_id").asString(""))
                    && StatusText.plain(status.path("content").asString("")).endsWith(text)) {
                return Optional.of(new ActionOutcome.Done(status.path("id").asString()));
            }
        }
        return Optional.empty();
    }

    private Optional<ActionOutcome> blocking(ChannelConnection connection, String accountId, boolean expected)
            throws CallFailed {
        JsonNode relationships = send(connection, () -> PlatformHttp.request(base(connection),
                "/api/v1/accounts/relationships?id%5B%5D=" + PlatformHttp.encode(accountId)).GET()).json();
        for (JsonNode relationship : relationships) {
            if (accountId.equals(relationship.path("id").asString(""))
                    && relationship.path("blocking").asBoolean(!expected) == expected) {
                return Optional.of(new ActionOutcome.Done(accountId));
            }
        }
        return Optional.empty();
    }

    /** @return the 2xx answer to an authorised request */
    private HttpAnswer send(ChannelConnection connection, Supplier<HttpRequest.Builder> request)
            throws CallFailed {
        HttpAnswer answer = http.call("Mastodon", request.get().header("Authorization", "Bearer "
                + connection.secrets().require("access_token")));
        if (!answer.ok()) {
            throw new CallFailed(MastodonErrors.outcome(answer, clock));
        }
        return answer;
    }

    /** @return the API address configured for tests, or the ente's server */
    private static URI base(ChannelConnection connection) {
        return connection.apiBase() != null ? connection.apiBase() : URI.create(connection.setting("instance"));
    }
}
