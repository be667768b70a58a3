package it.piazza.moderation;

import it.piazza.detection.Analysis;
import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.PriorComment;
import it.piazza.policy.Channel;
import it.piazza.policy.ContentAction;
import it.piazza.policy.EnteAnalysisSettings;
import it.piazza.policy.Labels;
import it.piazza.policy.Policy;
import it.piazza.policy.PolicyInForce;
import it.piazza.policy.PolicyVersions;
import it.piazza.policy.Replies;
import it.piazza.policy.ReplyTemplate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation engine: receives interactions (once per platform id), decides on each by the ente's policy in
 * force, records the decision with its statement of reasons, queues what a person must decide, applies the
 * measures on authors, and records people's decisions. Every decision is published as {@link DecisionTaken},
 * every newly stored interaction as {@link InteractionReceived}.
 */
@Service
public class Moderation {

    /** How far back an author's comments count for repetition and flooding. */
    private static final Duration SPAM_WINDOW = Duration.ofHours(24);
    /** The policy's periods (bans, strikes, evidence) are counted on the calendar of Italy. */
    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final PolicyVersions policies;
    private final ModerationStore store;
    private final DetectionConfiguration.Analyzers analyzers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;
    private final DecisionRules rules = new DecisionRules();
    private final Map<String, AnalysisSettings> settings = new ConcurrentHashMap<>();

    Moderation(PolicyVersions policies, ModerationStore store, DetectionConfiguration.Analyzers analyzers, ApplicationEventPublisher events,
            Clock clock, @Value("${piazza.public-url:http://localhost:8080}") String publicUrl) {
        this.policies = policies;
        this.store = store;
        this.analyzers = analyzers;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * Receives one interaction and decides on it.
     *
     * @param enteId the ente
     * @param incoming the interaction as it arrived
     * @return the stored interaction and its decision; for a repeated platform id, the existing ones
     * @throws InteractionRejected when the ente or channel is unknown or the text too long; nothing is stored,
     *         and a transaction of the caller's that receives more interactions can still commit
     */
    @Transactional(noRollbackFor = InteractionRejected.class)
    public Received receive(String enteId, NewInteraction incoming) {
        PolicyInForce inForce = policies.current(enteId)
                .orElseThrow(() -> new InteractionRejected("ente", "unknown ente \"" + enteId + "\""));
        Policy policy = inForce.policy();
        Channel channel = policy.channel(incoming.channelId()).orElseThrow(() -> new InteractionRejected("channel",
                "the ente " + enteId + " has no channel \"" + incoming.channelId() + "\"; its channels are "
                        + policy.channels().stream().map(Channel::id).toList()));
        if (incoming.text().length() > channel.platform().maxTextLength()) {
            throw new InteractionRejected("text", "the text has " + incoming.text().length() + " characters; "
                    + channel.platform() + " allows at most " + channel.platform().maxTextLength());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Interaction interaction = new Interaction(UUID.randomUUID(), enteId, channel.id(), channel.platform(),
                incoming.kind(), incoming.platformId(), incoming.postPlatformId(), incoming.postText(),
                incoming.parentPlatformId(), incoming.authorId(), incoming.authorName(), incoming.text(),
                incoming.createdAt().truncatedTo(ChronoUnit.MICROS), now, InteractionState.VISIBLE);
        String author = interaction.authorId();
        ModerationStore.AuthorHistory history = author == null ? ModerationStore.AuthorHistory.NONE
                : store.history(enteId, author, interaction.createdAt().minus(SPAM_WINDOW), now, policy.sanctions().strikeExpiry());
        Analysis analysis = analyzers.of(policy).analyze(new CommentToAnalyze(interaction.text(), interaction.postText(), author,
                channel.platform().name().toLowerCase(Locale.ROOT), interaction.createdAt(), history.recent()), settings(inForce));
        Proposal proposal = rules.decide(policy, analysis, interaction.text(), history.standing());
        // stored with the state its decision gives it, so that the decision needs no update of it
        interaction = withState(interaction, proposal.action());
        if (!store.insert(interaction)) {
            // received before (or by another node at the same moment): nothing new is stored
            Interaction existing = store.find(enteId, channel.id(), incoming.platformId()).orElseThrow();
            return new Received(existing, store.latestDecision(existing.id()).orElseThrow(), true);
        }

        Decision decision = record(inForce, interaction, proposal.action(),
                proposal.action() == ContentAction.REVIEW ? proposal.suggested() : null, proposal.grounds(),
                proposal.evidence(), proposal.measures(), true, Decision.AUTOMATED, null, null, now);
        if (proposal.action() == ContentAction.REVIEW) {
            int severity = proposal.grounds().stream().mapToInt(g -> DecisionRules.severity(g.category())).max().orElse(1);
            store.enqueue(enteId, interaction.id(), severity, now);
        }
        events.publishEvent(new InteractionReceived(interaction, analysis.intents()));
        return new Received(interaction, decision, false);
    }

    /** @return the interaction, scoped by ente */
    @Transactional(readOnly = true)
    public Optional<Interaction> interaction(String enteId, UUID interactionId) {
        return store.interaction(enteId, interactionId);
    }

    /** @return the decision, scoped by ente */
    @Transactional(readOnly = true)
    public Optional<Decision> decision(String enteId, UUID decisionId) {
        return store.decision(enteId, decisionId);
    }

    /** @return every decision on the interaction, oldest first */
    @Transactional(readOnly = true)
    public List<Decision> history(UUID interactionId) {
        return store.decisions(interactionId);
    }

    /** @return the comments waiting for a person, gravest first, then longest waiting */
    @Transactional(readOnly = true)
    public List<ReviewItem> reviewQueue(String enteId, int limit) {
        return store.queue(enteId, limit);
    }

    /**
     * Claims a queued comment for {@code user}, so that two people do not decide the same one; claiming one's own
     * claim again changes and records nothing.
     */
    @Transactional
    public ClaimOutcome claim(String enteId, UUID interactionId, String user) {
        Optional<ModerationStore.QueueRow> row = store.queueRowForUpdate(enteId, interactionId);
        if (row.isEmpty() || "DECIDED".equals(row.get().state())) {
            return new ClaimOutcome.NotInQueue();
        }
        String holder = row.get().claimedBy();
        if (holder != null && !holder.equals(user)) {
            return new ClaimOutcome.HeldByAnother(holder);
        }
        if (holder == null) {
            store.claim(interactionId, user, clock.instant());
            events.publishEvent(new ReviewClaimChanged(enteId, interactionId, user, true));
        }
        return new ClaimOutcome.Claimed(item(enteId, store.queueRowForUpdate(enteId, interactionId).orElseThrow()));
    }

    /** Releases a claim; only its holder can release it, and releasing an unclaimed comment records nothing. */
    @Transactional
    public ClaimOutcome release(String enteId, UUID interactionId, String user) {
        Optional<ModerationStore.QueueRow> row = store.queueRowForUpdate(enteId, interactionId);
        if (row.isEmpty() || "DECIDED".equals(row.get().state())) {
            return new ClaimOutcome.NotInQueue();
        }
        if (row.get().claimedBy() != null && !user.equals(row.get().claimedBy())) {
            return new ClaimOutcome.HeldByAnother(row.get().claimedBy());
        }
        if (row.get().claimedBy() != null) {
            store.claim(interactionId, null, clock.instant());
            events.publishEvent(new ReviewClaimChanged(enteId, interactionId, user, false));
        }
        return new ClaimOutcome.Claimed(item(enteId, store.queueRowForUpdate(enteId, interactionId).orElseThrow()));
    }

    /**
     * Records a person's decision on a queued comment. The person may differ from the automatic suggestion;
     * the difference is kept as data for retraining.
     *
     * @param action KEEP, HIDE or REMOVE
     * @param categories the grounds the person confirms; required for HIDE and REMOVE, each named by the policy
     * @param note why, in the person's words
     */
    @Transactional
    public HumanDecisionOutcome decide(String enteId, UUID interactionId, String user, ContentAction action,
            List<Category> categories, @Nullable String note) {
        Labels labels = Labels.italian();
        if (action == ContentAction.REVIEW) {
            return new HumanDecisionOutcome.Refused(labels.get("decide.refused.review"));
        }
        Optional<ModerationStore.QueueRow> row = store.queueRowForUpdate(enteId, interactionId);
        if (row.isEmpty() || "DECIDED".equals(row.get().state())) {
            return new HumanDecisionOutcome.Refused(labels.get("decide.refused.notQueued"));
        }
        if (row.get().claimedBy() != null && !row.get().claimedBy().equals(user)) {
            return new HumanDecisionOutcome.Refused(labels.get("decide.refused.claimed", row.get().claimedBy()));
        }
        PolicyInForce inForce = policies.current(enteId).orElseThrow();
        Policy policy = inForce.policy();
        if (action != ContentAction.KEEP && categories.isEmpty()) {
            return new HumanDecisionOutcome.Refused(labels.get("decide.refused.noGround"));
        }
        List<Ground> grounds = new ArrayList<>();
        for (Category category : categories) {
            var rule = DecisionRules.groundFor(policy, category);
            if (rule.isEmpty()) {
                return new HumanDecisionOutcome.Refused(labels.get("decide.refused.category", labels.category(category)));
            }
            grounds.add(new Ground(category, rule.get().clause(), 1.0, "confermato da " + user, true));
        }
        Interaction interaction = store.interaction(enteId, interactionId).orElseThrow();
        Decision suggestion = store.latestDecision(interactionId).orElseThrow();
        List<Evidence> evidence = suggestion.reasons().evidence().stream()
                .filter(e -> categories.contains(e.category())).toList();
        Set<AuthorMeasure> measures = action == ContentAction.KEEP || interaction.authorId() == null ? Set.of()
                : rules.measuresFor(policy, grounds, store.standing(enteId, interaction.authorId(), clock.instant(),
                        policy.sanctions().strikeExpiry()));
        Decision decision = record(inForce, interaction, action, suggestion.suggested(), grounds, evidence, measures,
                false, user, note, suggestion.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        store.closeReview(interactionId);
        return new HumanDecisionOutcome.Recorded(decision);
    }

    /** @return the author's comments and messages to this ente, newest first, at most {@code limit} */
    @Transactional(readOnly = true)
    public List<Interaction> byAuthor(String enteId, String authorId, int limit) {
        return store.byAuthor(enteId, authorId, limit);
    }

    /** @return the author's measures with this ente, newest first */
    @Transactional(readOnly = true)
    public List<Sanction> sanctions(String enteId, String authorId) {
        return store.sanctions(enteId, authorId);
    }

    /** @return the bans of every ente whose end date fell between {@code since} and now: the platforms lift them */
    @Transactional(readOnly = true)
    public List<Sanction> bansEnded(Instant since) {
        return store.bansEnded(since, clock.instant());
    }

    /**
     * Makes a ban permanent. Bans have an end date unless a second person, other than the one who took the
     * decision that imposed it, confirms a permanent one.
     *
     * @return the refusal reason in Italian, or empty when confirmed
     */
    @Transactional
    public Optional<String> confirmPermanentBan(String enteId, UUID sanctionId, String user) {
        Labels labels = Labels.italian();
        Optional<Sanction> ban = store.sanctionForUpdate(enteId, sanctionId)
                .filter(s -> s.measure() == AuthorMeasure.BAN && !s.revoked());
        if (ban.isEmpty()) {
            return Optional.of(labels.get("ban.refused.unknown"));
        }
        if (ban.get().confirmedBy() != null) {
            return Optional.of(labels.get("ban.refused.alreadyPermanent", ban.get().confirmedBy()));
        }
        Decision decision = store.decision(enteId, ban.get().decisionId()).orElseThrow();
        if (decision.decidedBy().equals(user)) {
            return Optional.of(labels.get("ban.refused.samePerson"));
        }
        store.makePermanent(sanctionId, user);
        events.publishEvent(new PermanentBanConfirmed(enteId, sanctionId, ban.get().authorId(), user));
        return Optional.empty();
    }

    /**
     * @return the evidence package of a decision (content, context, time, SHA-256) for a report to the
     *         platform or the authorities, until the retention period ends
     */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> evidencePackage(String enteId, UUID decisionId) {
        return store.evidence(enteId, decisionId).map(e -> {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("decision", e.decisionId());
            map.put("content", e.content());
            map.put("context", e.context());
            map.put("sha256", e.sha256());
            map.put("retain_until", e.retainUntil());
            map.put("purged_at", e.purgedAt());
            return map;
        });
    }

    /**
     * Records a decision and everything that follows from it: interaction state, strikes, sanctions,
     * evidence kept for the retention period, and the {@link DecisionTaken} event.
     */
    Decision record(PolicyInForce inForce, Interaction interaction, ContentAction action,
            @Nullable ContentAction suggested, List<Ground> grounds, List<Evidence> evidence,
            Set<AuthorMeasure> measures, boolean automated, String decidedBy, @Nullable String note,
            @Nullable UUID supersedes, Instant now) {
        Policy policy = inForce.policy();
        UUID id = UUID.randomUUID();
        String appealUrl = publicUrl + "/enti/" + policy.id() + "/ricorsi/nuovo?decisione=" + id;
        boolean acted = action == ContentAction.HIDE || action == ContentAction.REMOVE;
        StatementOfReasons reasons = new StatementOfReasons(action, grounds, facts(interaction, grounds), evidence,
                measures.stream().sorted().toList(), true, automated, decidedBy, now, inForce.version(), appealUrl,
                acted ? notice(policy, action, grounds, measures, appealUrl, now) : null);
        Decision decision = new Decision(id, interaction.enteId(), interaction.id(), inForce.version(), action, suggested,
                grounds.stream().map(Ground::category).toList(), measures, automated, decidedBy, now, note, reasons,
                supersedes);
        store.insert(decision);
        if (interaction.state() != stateAfter(action)) {
            store.updateState(interaction.id(), stateAfter(action));
        }
        String author = interaction.authorId();
        if (acted && author != null) {
            Instant expires = now.atZone(ITALY).plus(policy.sanctions().strikeExpiry()).toInstant();
            grounds.stream().filter(Ground::certain).findFirst()
                    .ifPresent(g -> store.strike(interaction.enteId(), author, id, g.category(), now, expires));
            for (AuthorMeasure measure : measures) {
                Instant ends = measure == AuthorMeasure.BAN
                        ? now.atZone(ITALY).plus(policy.sanctions().defaultBan()).toInstant() : null;
                store.sanction(interaction.enteId(), author, measure, id, now, ends);
            }
        }
        if (acted) {
            String context = "ente=" + interaction.enteId() + "; canale=" + interaction.channelId() + "; post="
                    + interaction.postPlatformId() + "; autore=" + interaction.authorId() + "; scritto="
                    + interaction.createdAt() + "; ricevuto=" + interaction.receivedAt() + "; testo del post="
                    + interaction.postText();
            store.evidence(interaction.enteId(), id, interaction.text(), context,
                    sha256(interaction.text() + "\n" + context), now.atZone(ITALY)
                            .plus(policy.retention().evidence()).toInstant());
        }
        events.publishEvent(new DecisionTaken(id, interaction.enteId(), interaction.id(), interaction.channelId(),
                interaction.platformId(), action, decision.categories(), measures, automated, decidedBy,
                inForce.version(), supersedes));
        return decision;
    }

    private static InteractionState stateAfter(ContentAction action) {
        return switch (action) {
            case KEEP -> InteractionState.VISIBLE;
            case HIDE -> InteractionState.HIDDEN;
            case REMOVE -> InteractionState.REMOVED;
            case REVIEW -> InteractionState.IN_REVIEW;
        };
    }

    private static Interaction withState(Interaction i, ContentAction action) {
        return new Interaction(i.id(), i.enteId(), i.channelId(), i.platform(), i.kind(), i.platformId(), i.postPlatformId(),
                i.postText(), i.parentPlatformId(), i.authorId(), i.authorName(), i.text(), i.createdAt(), i.receivedAt(),
                stateAfter(action));
    }

    private ReviewItem item(String enteId, ModerationStore.QueueRow row) {
        Interaction interaction = store.interaction(enteId, row.interactionId()).orElseThrow();
        Decision suggestion = store.decisions(row.interactionId()).stream()
                .filter(d -> d.action() == ContentAction.REVIEW).reduce((a, b) -> b).orElseThrow();
        return new ReviewItem(interaction, suggestion, row.severity(), row.claimedBy(), row.claimedAt(), row.createdAt());
    }

    private AnalysisSettings settings(PolicyInForce inForce) {
        return settings.computeIfAbsent(inForce.policy().id() + "#" + inForce.version(),
                key -> EnteAnalysisSettings.of(inForce.policy()));
    }

    private static String facts(Interaction interaction, List<Ground> grounds) {
        Labels labels = Labels.italian();
        String when = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm", Locale.ITALIAN)
                .format(interaction.createdAt().atZone(ITALY));
        if (grounds.isEmpty()) {
            return labels.get("facts.none", when, interaction.channelId());
        }
        return labels.get("facts.found", when, interaction.channelId(), String.join(", ",
                grounds.stream().map(g -> labels.category(g.category())).toList()));
    }

    /** The notice to the author; dates are the ones a reader in Italy sees on the calendar. */
    static String notice(Policy policy, ContentAction action, List<Ground> grounds, Set<AuthorMeasure> measures,
            String appealUrl, Instant now) {
        Ground main = grounds.getFirst();
        Map<String, String> values = Map.of("categoria", Labels.italian().category(main.category()),
                "clausola", main.clause(), "link_ricorso", appealUrl,
                "fine_blocco", DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ITALIAN).format(
                        now.atZone(ITALY).plus(policy.sanctions().defaultBan())));
        Replies replies = Replies.italian();
        if (measures.contains(AuthorMeasure.BAN)) {
            return replies.text(policy, ReplyTemplate.BAN_NOTICE, values);
        }
        String notice = replies.text(policy, action == ContentAction.HIDE ? ReplyTemplate.HIDING_NOTICE
                : ReplyTemplate.REMOVAL_NOTICE, values);
        return measures.contains(AuthorMeasure.WARN)
                ? notice + "\n\n" + replies.text(policy, ReplyTemplate.WARNING, values) : notice;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
