package it.piazza.platforms.youtube;

import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.http.CallFailed;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import it.piazza.platforms.ActionOutcome;

/**
 * The current OAuth access token of each YouTube connection, in memory only (never stored): refreshed with the
 * connection's refresh token when absent, about to expire, refused by the API, or when the connection got new
 * credentials.
 */
final class AccessTokens {

    /** Google's token endpoint. */
    static final URI GOOGLE = URI.create("https://oauth2.googleapis.com/token");
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final PlatformHttp http;
    private final Clock clock;
    private final Map<String, Token> byConnection = new ConcurrentHashMap<>();

    AccessTokens(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** An access token and the refresh token it came from (no toString: never logged). */
    private static final class Token {
        private final String refreshToken;
        private final String accessToken;
        private final Instant expiresAt;

        Token(String refreshToken, String accessToken, Instant expiresAt) {
            this.refreshToken = refreshToken;
            this.accessToken = accessToken;
            this.expiresAt = expiresAt;
        }
    }

    /** @return a usable access token for the connection, refreshed first when needed */
    String current(ChannelConnection connection) throws CallFailed {
        String refreshToken = connection.secrets().require("refresh_token");
        Token token = byConnection.get(key(connection));
        if (token != null && token.refreshToken.equals(refreshToken)
                && clock.instant().plus(MARGIN).isBefore(token.expiresAt)) {
            return token.accessToken;
        }
        return refresh(connection, refreshToken);
    }

    /** Forgets the connection's access token after the API refused it, so that the next call refreshes it. */
    void forget(ChannelConnection connection) {
        byConnection.remove(key(connection));
    }

    private String refresh(ChannelConnection connection, String refreshToken) throws CallFailed {
        String url = connection.settings().getOrDefault("token_url", GOOGLE.toString());
        HttpAnswer answer = http.call("Google's token endpoint", HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.form(Map.of(
                        "grant_type", "refresh_token",
                        "refresh_token", refreshToken,
                        "client_id", connection.secrets().require("client_id"),
                        "client_secret", connection.secrets().require("client_secret"))))));
        if (!answer.ok()) {
            throw new CallFailed(YouTubeErrors.tokenOutcome(answer, clock));
        }
        String accessToken = answer.json().path("access_token").asString("");
        if (accessToken.isEmpty()) {
            throw new CallFailed(new ActionOutcome.RetryLater("Google's token endpoint answered without a token", null));
        }
        long seconds = answer.json().path("expires_in").asLong(3599);
        byConnection.put(key(connection), new Token(refreshToken, accessToken, clock.instant().plusSeconds(seconds)));
        return accessToken;
    }

    private static String key(ChannelConnection connection) {
        return connection.enteId() + "/" + connection.channelId();
    }
}
