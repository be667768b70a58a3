package it.piazza.platforms.meta;

import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import it.piazza.platforms.http.PlatformHttp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Graph API's failures as outcomes (docs/platform-apis.md §1.1), decided on {@code error.code}, not on the
 * HTTP status:
 * <ul>
 * <li>1, 2 (service errors), 4, 17, 32, 341, 613 (rate limits), 80001, 80002, 80006 (Business Use Case limits),
 * any error marked {@code is_transient}, 368 (temporarily blocked), 5xx without a Graph error, 429: retry later,
 * after the {@code Retry-After} header when present, else after the largest
 * {@code estimated_time_to_regain_access} (minutes) of {@code X-Business-Use-Case-Usage};</li>
 * <li>190 (token invalid or expired, any subcode), 102 (session), HTTP 401: credentials rejected;</li>
 * <li>10 and 200–299 (permission missing): refused, with what to grant the app; 10 with subcode 2018278
 * (outside the messaging window): refused, saying so;</li>
 * <li>506 (duplicate post): done, not repeated;</li>
 * <li>100 (invalid parameter, object gone) and every other error: refused with Meta's message.</li>
 * </ul>
 */
public final class GraphErrors {

    private static final Set<Integer> RETRIABLE = Set.of(1, 2, 4, 17, 32, 341, 613, 80001, 80002, 80006);
    private static final Set<Integer> CREDENTIALS = Set.of(102, 190);
    private static final int DUPLICATE_POST = 506;
    private static final int TEMPORARILY_BLOCKED = 368;
    private static final int OUTSIDE_WINDOW = 2018278;

    private GraphErrors() {
    }

    /**
     * @param answer a Graph answer that is not 2xx
     * @param target the id the action was on, the reference of a duplicate post counted as done
     * @return what it means for the action
     */
    public static ActionOutcome outcome(HttpAnswer answer, String target, Clock clock) {
        JsonNode error = answer.json().path("error");
        if (!error.isObject()) {
            if (answer.status() == 401) {
                return new ActionOutcome.CredentialsRejected("Meta answered " + answer.summary());
            }
            if (answer.status() == 429 || answer.status() >= 500) {
                return new ActionOutcome.RetryLater("Meta answered " + answer.summary(), wait(answer, clock));
            }
            return new ActionOutcome.Refused("Meta answered " + answer.summary());
        }
        int code = error.path("code").asInt(0);
        String said = describe(error);
        if (CREDENTIALS.contains(code) || answer.status() == 401) {
            return new ActionOutcome.CredentialsRejected("Meta rejected the access token: " + said
                    + "; enter a new Page or Instagram token in the channel's connection");
        }
        if (code == DUPLICATE_POST) {
            return new ActionOutcome.Done(target);
        }
        if (RETRIABLE.contains(code) || code == TEMPORARILY_BLOCKED || error.path("is_transient").asBoolean(false)) {
            return new ActionOutcome.RetryLater(code == TEMPORARILY_BLOCKED
                    ? "Meta has temporarily blocked the account for a policy violation: " + said : "Meta: " + said,
                    wait(answer, clock));
        }
        if (code == 10 && error.path("error_subcode").asInt(0) == OUTSIDE_WINDOW) {
            return new ActionOutcome.Refused("Meta allows this message only within its window (7 days after a "
                    + "comment, 24 hours after a person's last message): " + said);
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return new ActionOutcome.Refused("Meta refused it for a missing permission: " + said
                    + "; grant the app the permission (pages_manage_engagement, pages_messaging, "
                    + "instagram_manage_comments, instagram_manage_messages) or the Page task it needs");
        }
        if (answer.status() >= 500 && code == 0) {
            return new ActionOutcome.RetryLater("Meta: " + said, wait(answer, clock));
        }
        return new ActionOutcome.Refused("Meta: " + said);
    }

    /** @return whether the answer is Graph's "object does not exist" (code 100) */
    public static boolean objectGone(HttpAnswer answer) {
        return !answer.ok() && answer.json().path("error").path("code").asInt(0) == 100;
    }

    private static String describe(JsonNode error) {
        int subcode = error.path("error_subcode").asInt(0);
        return error.path("message").asString("no message") + " (code " + error.path("code").asInt(0)
                + (subcode == 0 ? "" : ", subcode " + subcode) + ")";
    }

    /** @return Retry-After when Meta sent one, else the longest estimated time to regain access, else null */
    static @Nullable Duration wait(HttpAnswer answer, Clock clock) {
        Duration retryAfter = answer.retryAfter(clock);
        if (retryAfter != null) {
            return retryAfter;
        }
        String usage = answer.header("X-Business-Use-Case-Usage").orElse(null);
        if (usage == null) {
            return null;
        }
        long minutes = 0;
        try {
            for (JsonNode account : PlatformHttp.JSON.readTree(usage)) {
                for (JsonNode limit : account) {
                    minutes = Math.max(minutes, limit.path("estimated_time_to_regain_access").asLong(0));
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }
}
