package it.piazza.platforms.telegram;

import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.http.HttpAnswer;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one place where the Bot API's answers become outcomes. Every answer is
 * {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":429,"description":"...","parameters":{...}}}.
 */
final class TelegramErrors {

    private TelegramErrors() {
    }

    /**
     * @param kind the action the answer is for, or null for a read ({@code getUpdates})
     * @return the failure the answer carries, or empty when it succeeded (deleting a message that is already
     *         gone succeeds: the message is gone)
     */
    static Optional<ActionOutcome> failure(@Nullable ActionKind kind, HttpAnswer answer) {
        JsonNode body = answer.json();
        if (answer.ok() && body.path("ok").asBoolean(false)) {
            return Optional.empty();
        }
        int code = body.path("error_code").asInt(answer.status());
        String description = body.path("description").asStringOpt().orElseGet(answer::summary);
        JsonNode parameters = body.path("parameters");
        if (parameters.has("retry_after")) {
            return Optional.of(new ActionOutcome.RetryLater("Telegram: " + description,
                    Duration.ofSeconds(Math.max(1, parameters.path("retry_after").asLong(1)))));
        }
        if (parameters.has("migrate_to_chat_id")) {
            return Optional.of(new ActionOutcome.Refused("Telegram: the group became a supergroup with id "
                    + parameters.path("migrate_to_chat_id").asString("") + ": enter it as the connection's chat_id ("
                    + description + ")"));
        }
        if (code == 401) {
            return Optional.of(new ActionOutcome.CredentialsRejected("Telegram rejected the bot token (" + description
                    + "): enter the token BotFather gives again"));
        }
        if (code == 429 || code >= 500) {
            return Optional.of(new ActionOutcome.RetryLater("Telegram: " + description, null));
        }
        if (kind == ActionKind.REMOVE && code == 400 && description.contains("message to delete not found")) {
            return Optional.empty();
        }
        if (kind == ActionKind.REPLY_PRIVATE && code == 403) {
            return Optional.of(new ActionOutcome.Refused("Telegram lets a bot write only to people who started it "
                    + "or did not block it (" + description + ")"));
        }
        return Optional.of(new ActionOutcome.Refused("Telegram: " + description));
    }
}
