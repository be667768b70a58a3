package it.piazza.platforms;

import it.piazza.moderation.AuthorMeasure;
import it.piazza.moderation.Decision;
import it.piazza.moderation.DecisionTaken;
import it.piazza.moderation.Interaction;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.PermanentBanConfirmed;
import it.piazza.moderation.Sanction;
import it.piazza.policy.ContentAction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the moderation engine's decisions into platform actions, in the decision's own transaction (a
 * decision and its actions are stored together or not at all), choosing a fallback where the channel's
 * platform cannot do what the policy asks:
 * <ul>
 * <li>remove, where others' comments cannot be removed (X, TikTok): hide;</li>
 * <li>hide or remove, where neither is possible (Mastodon, LinkedIn): handed to a person;</li>
 * <li>the warning to the author, where no private message is possible (YouTube, Mastodon followers): the notice
 * waits in the console for a person;</li>
 * <li>a ban, where the platform has none (Instagram): every further comment of the author is hidden while the
 * ban lasts, as the carrying out of the decision that banned them;</li>
 * <li>a reversal restores a hidden comment; a removal the platform cannot undo is handed to a person.</li>
 * </ul>
 * Channels without a connection (comments sent through the REST API) get no actions.
 */
@Component
class ActionPlan {

    private final ChannelConnections connections;
    private final Connectors connectors;
    private final ActionOutbox outbox;
    private final Moderation moderation;
    private final Clock clock;

    ActionPlan(ChannelConnections connections, Connectors connectors, ActionOutbox outbox, Moderation moderation,
            Clock clock) {
        this.clock = clock;
        this.connections = connections;
        this.connectors = connectors;
        this.outbox = outbox;
        this.moderation = moderation;
    }

    @EventListener
    void on(DecisionTaken event) {
        Optional<ChannelConnection> connection = connections.find(event.enteId(), event.channelId());
        if (connection.isEmpty()) {
            return;
        }
        Optional<Interaction> found = moderation.interaction(event.enteId(), event.interactionId());
        if (found.isEmpty()) {
            return;
        }
        Interaction item = found.get();
        Plan plan = new Plan(event, item, connectors.capabilities(connection.get()));
        String author = item.authorId();
        // only where the platform cannot carry out every ban itself is the author's standing looked up
        if (author != null && event.supersedes() == null && !plan.enforcesEveryBan()
                && (event.action() == ContentAction.KEEP || event.action() == ContentAction.REVIEW)) {
            banInForce(event.enteId(), author).filter(ban -> !plan.enforces(ban.endsAt()))
                    .ifPresent(plan::hideWhileBanned);
        }
        // the warning first: a private reply needs the comment (Meta refuses one to a removed comment), and actions
        // on one target run in the order they were queued
        if (event.measures().contains(AuthorMeasure.WARN)) {
            plan.warn(moderation.decision(event.enteId(), event.decisionId()).map(d -> d.reasons().notice()).orElse(null));
        }
        // a private message cannot be hidden or removed on any platform: the decision stays in Piazza
        ContentAction onPlatform = item.kind() == InteractionKind.PRIVATE_MESSAGE ? ContentAction.REVIEW : event.action();
        switch (onPlatform) {
            case HIDE -> plan.content(ActionKind.HIDE, null);
            case REMOVE -> plan.content(ActionKind.REMOVE, ActionKind.HIDE);
            case KEEP -> plan.restore(previous(event));
            case REVIEW -> {
                // stays as it is on the platform (until a person decides, for a comment)
            }
        }
        if (author != null && event.action() == ContentAction.KEEP && event.supersedes() != null) {
            moderation.sanctions(event.enteId(), author).stream()
                    .filter(s -> s.measure() == AuthorMeasure.BAN && s.decisionId().equals(event.supersedes()))
                    .forEach(ban -> lift(ban, "the decision that imposed the ban was reversed"));
        }
        if (author != null && event.measures().contains(AuthorMeasure.BAN)) {
            plan.ban(banEnd(event, author));
        }
    }

    @EventListener
    void on(PermanentBanConfirmed event) {
        moderation.sanctions(event.enteId(), event.authorId()).stream()
                .filter(s -> s.id().equals(event.sanctionId()))
                .findFirst()
                .flatMap(this::channelOf)
                .filter(place -> connectors.capabilities(place.connection()).allows(ActionKind.BAN))
                .ifPresent(place -> outbox.enqueue(event.enteId(), place.connection().channelId(),
                        place.decision().id(), new PlatformAction(ActionKind.BAN, event.authorId(),
                                place.interaction().postPlatformId(), event.authorId(), place.interaction().platformId(),
                                null, place.interaction().createdAt()),
                        event.sanctionId() + ":permanent", "permanent ban confirmed by " + event.confirmedBy()));
    }

    /**
     * Queues the lifting of a ban on the channel where the decision that imposed it was taken, where the
     * platform has bans at all; once per ban.
     */
    void lift(Sanction ban, String why) {
        channelOf(ban).filter(place -> connectors.capabilities(place.connection()).allows(ActionKind.UNBAN))
                .ifPresent(place -> outbox.enqueue(ban.enteId(), place.connection().channelId(), ban.decisionId(),
                        new PlatformAction(ActionKind.UNBAN, ban.authorId(), null, ban.authorId(), null, null, null),
                        ban.id() + ":UNBAN", why));
    }

    /** Where a sanction was imposed: its decision, the comment decided on, and that channel's connection. */
    private record Place(Decision decision, Interaction interaction, ChannelConnection connection) {
    }

    private Optional<Place> channelOf(Sanction ban) {
        return moderation.decision(ban.enteId(), ban.decisionId())
                .flatMap(decision -> moderation.interaction(ban.enteId(), decision.interactionId())
                        .flatMap(interaction -> connections.find(ban.enteId(), interaction.channelId())
                                .map(connection -> new Place(decision, interaction, connection))));
    }

    private Optional<Sanction> banInForce(String enteId, String authorId) {
        Instant now = clock.instant();
        return moderation.sanctions(enteId, authorId).stream()
                .filter(s -> s.measure() == AuthorMeasure.BAN && !s.revoked() && !s.startsAt().isAfter(now)
                        && (s.endsAt() == null || s.endsAt().isAfter(now)))
                .findFirst();
    }

    private @Nullable ContentAction previous(DecisionTaken event) {
        return event.supersedes() == null ? null
                : moderation.decision(event.enteId(), event.supersedes()).map(Decision::action).orElse(null);
    }

    private @Nullable Instant banEnd(DecisionTaken event, String authorId) {
        return moderation.sanctions(event.enteId(), authorId).stream()
                .filter(s -> s.decisionId().equals(event.decisionId()) && s.measure() == AuthorMeasure.BAN)
                .map(Sanction::endsAt).findFirst().orElse(null);
    }

    /** The actions of one decision on one connected channel. */
    private final class Plan {

        private final DecisionTaken event;
        private final Interaction interaction;
        private final Capabilities capabilities;

        Plan(DecisionTaken event, Interaction interaction, Capabilities capabilities) {
            this.event = event;
            this.interaction = interaction;
            this.capabilities = capabilities;
        }

        void content(ActionKind wanted, @Nullable ActionKind fallback) {
            if (capabilities.allows(wanted)) {
                queue(wanted, interaction.platformId(), null, null, "decision");
            } else if (fallback != null && capabilities.allows(fallback)) {
                queue(fallback, interaction.platformId(), null, null,
                        "fallback: the platform does not allow " + wanted + "; " + fallback + " instead");
            } else {
                person(wanted, interaction.platformId(), null, "the platform's API does not allow " + wanted
                        + (fallback == null ? "" : " nor " + fallback));
            }
        }

        void restore(@Nullable ContentAction previous) {
            if (previous != ContentAction.HIDE && previous != ContentAction.REMOVE) {
                return;
            }
            boolean wasHidden = previous == ContentAction.HIDE || !capabilities.allows(ActionKind.REMOVE);
            if (wasHidden && capabilities.allows(ActionKind.UNHIDE)) {
                queue(ActionKind.UNHIDE, interaction.platformId(), null, null, "reversal");
            } else {
                person(ActionKind.UNHIDE, interaction.platformId(), null, capabilities.irreversible().contains(ActionKind.REMOVE)
                        || !wasHidden ? "the platform cannot restore a removed comment" : "the platform's API cannot restore it");
            }
        }

        void warn(@Nullable String notice) {
            if (notice == null || interaction.authorId() == null) {
                return;
            }
            if (capabilities.allows(ActionKind.REPLY_PRIVATE)) {
                queue(ActionKind.REPLY_PRIVATE, interaction.platformId(), notice, null, "warning to the author");
            } else {
                person(ActionKind.REPLY_PRIVATE, interaction.platformId(), notice,
                        "the platform allows no private message: the notice waits for a person");
            }
        }

        void ban(@Nullable Instant until) {
            String author = interaction.authorId();
            if (author == null) {
                return;
            }
            if (enforces(until)) {
                queue(ActionKind.BAN, author, interaction.platformId(), until, "ban");
            } else {
                person(ActionKind.BAN, author, null, (capabilities.allows(ActionKind.BAN)
                        ? "the platform's API cannot lift a ban, and this one has an end date"
                        : "the platform's API allows no ban") + ": Piazza hides every further comment of the author while the ban lasts");
            }
        }

        /** @return whether the platform can carry out any ban, with or without an end */
        boolean enforcesEveryBan() {
            return capabilities.allows(ActionKind.BAN) && capabilities.allows(ActionKind.UNBAN);
        }

        /** @return whether the platform can carry out a ban ending at {@code until} (null: no end) */
        boolean enforces(@Nullable Instant until) {
            return capabilities.allows(ActionKind.BAN) && (until == null || capabilities.allows(ActionKind.UNBAN));
        }

        void hideWhileBanned(Sanction ban) {
            if (capabilities.allows(ActionKind.HIDE)) {
                queue(ActionKind.HIDE, interaction.platformId(), null, null, "ban in force (decision " + ban.decisionId()
                        + "); the platform cannot carry it out, so the author's comments are hidden");
            }
        }

        private void queue(ActionKind kind, String target, @Nullable String text, @Nullable Instant until, String purpose) {
            outbox.enqueue(event.enteId(), event.channelId(), event.decisionId(), action(kind, target, text, until),
                    key(kind), purpose);
        }

        private void person(ActionKind kind, String target, @Nullable String text, String why) {
            outbox.handToPerson(event.enteId(), event.channelId(), event.decisionId(), action(kind, target, text, null),
                    key(kind), why);
        }

        private PlatformAction action(ActionKind kind, String target, @Nullable String text, @Nullable Instant until) {
            return new PlatformAction(kind, target, interaction.postPlatformId(), interaction.authorId(), text, until,
                    interaction.createdAt());
        }

        private String key(ActionKind kind) {
            return event.decisionId() + ":" + kind;
        }
    }

}
