package it.piazza.inbox;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import it.piazza.detection.Analysis;
import it.piazza.detection.Intent;
import it.piazza.detection.IntentFinding;
import it.piazza.detection.MessageTriage;
import it.piazza.detection.TriageResult;
import it.piazza.moderation.Interaction;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.InteractionReceived;
import it.piazza.moderation.InteractionState;
import it.piazza.policy.ContactKind;
import it.piazza.policy.Labels;
import it.piazza.policy.Policy;
import it.piazza.policy.PolicyVersions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox (docs/design/011-inbox.md): private messages and the public requests the moderation engine
 * recognises, in conversations per author, channel and visibility; each message triaged and routed; emergencies
 * answered at once and raised to the top; outside the staffed hours an automatic answer saying when the staff
 * will read it; the FAQ assistant where the policy provides for one; assignment, states, internal notes,
 * replies with approval where the policy requires it, and response times in staffed minutes.
 *
 * <p>A reply leaves by {@link ReplyReady}: the platform connectors post it. Everything done on a conversation is
 * published as {@link ConversationChanged} for the audit log.
 */
@Service
public class Inbox {

    /** Punctuation around a word of evidence ("elettronica?"), which operators need not read. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** The actor name of what Piazza does by itself. */
    public static final String PIAZZA = "piazza";

    /** The internal rule code by which a policy requires replies to citizens to be approved. */
    public static final String REPLY_APPROVAL = "REPLY_APPROVAL";

    /** The roles that may write replies. */
    public static final Role[] RESPONDERS = {Role.EDITOR, Role.MODERATOR, Role.MANAGER, Role.ADMIN};

    /** The roles that may approve replies (and whose replies need no approval). */
    public static final Role[] APPROVERS = {Role.MANAGER, Role.ADMIN};

    private final PolicyVersions policies;
    private final InboxStore store;
    private final StaffAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageTriage triage = MessageTriage.standard();
    private final Triage answers = Triage.italian();
    private final FaqAssistant assistant = FaqAssistant.bundled();

    Inbox(PolicyVersions policies, InboxStore store, StaffAccounts accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.policies = policies;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether the policy requires a reply written without an approving role to be approved first */
    public static boolean requiresApproval(Policy policy) {
        return policy.internalRules().stream().anyMatch(r -> r.code().equals(REPLY_APPROVAL));
    }

    /** Takes a newly received private message, or a public comment the engine recognised as a request. */
    @EventListener
    void on(InteractionReceived event) {
        Interaction interaction = event.interaction();
        // a public request is answered under the comment, so only while the comment is visible
        if (interaction.kind() == InteractionKind.PRIVATE_MESSAGE
                || (interaction.state() == InteractionState.VISIBLE && isRequest(event.intents()))) {
            take(interaction);
        }
    }

    private static boolean isRequest(List<IntentFinding> intents) {
        for (IntentFinding finding : intents) {
            if ((finding.intent() == Intent.ASSISTANCE_REQUEST || finding.intent() == Intent.COMPLAINT)
                    && finding.score() >= Analysis.DEFAULT_THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Files the interaction in its conversation (in the receiving transaction), triages it and sends what goes
     * out at once: the emergency answer, the assistant's turn, or the out-of-hours answer (once per stretch of
     * unstaffed time).
     */
    private void take(Interaction interaction) {
        Policy policy = policies.current(interaction.enteId()).orElseThrow().policy();
        Instant at = interaction.receivedAt();
        TriageResult classification = triage.classify(interaction.text());
        TriageAnswer answer = answers.answer(policy, classification, at);
        boolean emergency = answer.intent() == Intent.EMERGENCY;
        boolean privateThread = interaction.kind() == InteractionKind.PRIVATE_MESSAGE;
        String authorKey = interaction.authorId() != null ? interaction.authorId() : "anonimo:" + interaction.platformId();
        InboxStore.Row row = store.openOrCreate(new Conversation(UUID.randomUUID(), interaction.enteId(),
                interaction.channelId(), interaction.platform(), interaction.authorId(), interaction.authorName(),
                privateThread, ConversationState.NEW, null, answer.office(), answer.intent(), emergency, at, at, at),
                authorKey);
        Conversation c = row.conversation();
        Conversation updated = new Conversation(c.id(), c.enteId(), c.channelId(), c.platform(), c.authorId(),
                interaction.authorName() != null ? interaction.authorName() : c.authorName(), c.privateThread(),
                c.state().afterCitizenMessage(c.assignee() != null), c.assignee(), answer.office(), answer.intent(),
                c.emergency() || emergency, c.openedAt(), at, c.waitingSince() != null ? c.waitingSince() : at);
        store.insert(c.id(), new InboundMessage(UUID.randomUUID(), interaction.id(), interaction.platformId(),
                interaction.kind(), interaction.text(), at, answer.intent(), classification.confidence(),
                classification.topic(), answer.office(), emergency, answer.staffed(),
                classification.evidence().stream().map(span -> EDGE_PUNCTUATION.matcher(span.of(interaction.text()))
                        .replaceAll("")).filter(word -> !word.isEmpty()).distinct().toList(),
                classification.reasons()));
        if (emergency) {
            send(updated, Reply.ReplyOrigin.AUTOMATIC, answer.sent(), interaction.platformId(), null, at);
            history(updated, PIAZZA, InboxAction.AUTOMATIC_REPLY_SENT, Intent.EMERGENCY.name(), at);
        } else if (privateThread && FaqAssistant.allowedBy(policy)) {
            AssistantTurn turn = assistant.respond(policy, interaction.text(), answer, !store.assistantReplied(c.id()));
            switch (turn) {
                case AssistantTurn.Answered answered -> {
                    updated = answeredByAssistant(updated);
                    send(updated, Reply.ReplyOrigin.ASSISTANT, turn.text(), interaction.platformId(),
                            answered.source().source().toString(), at);
                    history(updated, PIAZZA, InboxAction.ASSISTANT_REPLY_SENT, answered.source().source().toString(), at);
                }
                case AssistantTurn.HandedOver handedOver -> {
                    send(updated, Reply.ReplyOrigin.ASSISTANT, turn.text(), interaction.platformId(), null, at);
                    history(updated, PIAZZA, InboxAction.HANDED_OVER, handedOver.reason().name(), at);
                }
            }
            if (!answer.staffed()) {
                store.automaticReplyAt(c.id(), at);
            }
        } else if (!answer.staffed() && firstSinceStaffed(policy, row.automaticReplyAt(), at)) {
            send(updated, Reply.ReplyOrigin.AUTOMATIC, answer.sent(), interaction.platformId(), null, at);
            store.automaticReplyAt(c.id(), at);
            history(updated, PIAZZA, InboxAction.AUTOMATIC_REPLY_SENT, "OUT_OF_HOURS", at);
        }
        store.update(updated);
    }

    /** One automatic answer per stretch of unstaffed time: none since the last one unless staff were on duty since. */
    private static boolean firstSinceStaffed(Policy policy, @Nullable Instant lastAutomatic, Instant now) {
        return lastAutomatic == null || !policy.staffedHours().staffedBetween(lastAutomatic, now).isZero();
    }

    private static Conversation answeredByAssistant(Conversation c) {
        return new Conversation(c.id(), c.enteId(), c.channelId(), c.platform(), c.authorId(), c.authorName(),
                c.privateThread(), c.state() == ConversationState.NEW ? ConversationState.ANSWERED : c.state(),
                c.assignee(), c.office(), c.intent(), c.emergency(), c.openedAt(), c.lastMessageAt(), null);
    }

    /** @return the ente's conversations: open emergencies first, then open ones, latest first */
    @Transactional(readOnly = true)
    public List<Conversation> list(String enteId, InboxFilter filter, int limit) {
        return store.list(enteId, filter, limit);
    }

    /**
     * @return whether a conversation may wait for {@code office}: one of the policy's offices, a kind of contact,
     *         or 112 (where the policy names no civil protection)
     */
    private static boolean isDestination(Policy policy, String office) {
        return office.equals("112") || policy.offices().stream().anyMatch(o -> o.id().equals(office))
                || Arrays.stream(ContactKind.values()).anyMatch(kind -> kind.name().equals(office));
    }

    /** @return the offices the ente's conversations are routed to, for the list's filter */
    @Transactional(readOnly = true)
    public List<String> offices(String enteId) {
        return store.offices(enteId);
    }

    /** @return how many replies of the ente wait for approval */
    @Transactional(readOnly = true)
    public int awaitingApproval(String enteId) {
        return store.awaitingApproval(enteId);
    }

    /** @return the conversation with its thread, notes and history, scoped by ente */
    @Transactional(readOnly = true)
    public Optional<ConversationView> conversation(String enteId, UUID id) {
        return store.conversation(enteId, id).map(c -> new ConversationView(c, store.messages(c.id()),
                store.replies(c.id()), store.notes(c.id()), store.history(c.id())));
    }

    /**
     * @return the triage answer to the conversation's latest message as if it were written now: the prefilled
     *         reply a person starts from (the policy's templates with the ente's contacts)
     */
    @Transactional(readOnly = true)
    public Optional<TriageAnswer> draft(String enteId, UUID id) {
        Policy policy = policies.current(enteId).orElseThrow().policy();
        return store.conversation(enteId, id).flatMap(c -> store.messages(c.id()).stream().reduce((a, b) -> b))
                .map(m -> answers.answer(policy, triage.classify(m.text()), clock.instant()));
    }

    /**
     * Assigns the conversation to a member of staff who may answer for the ente; a new conversation becomes
     * assigned.
     *
     * @return the refusal, in Italian, or empty when done
     */
    @Transactional
    public Optional<String> assign(String enteId, UUID id, String assignee, String by) {
        Labels labels = Labels.italian();
        Optional<InboxStore.Row> row = store.forUpdate(enteId, id);
        if (row.isEmpty()) {
            return Optional.of(labels.get("inbox.refused.unknown"));
        }
        if (accounts.find(assignee).filter(m -> m.can(enteId, RESPONDERS)).isEmpty()) {
            return Optional.of(labels.get("inbox.refused.assignee", assignee));
        }
        Conversation c = row.get().conversation();
        Conversation updated = new Conversation(c.id(), c.enteId(), c.channelId(), c.platform(), c.authorId(),
                c.authorName(), c.privateThread(), c.state().afterAssignment(), assignee, c.office(), c.intent(),
                c.emergency(), c.openedAt(), c.lastMessageAt(), c.waitingSince());
        store.update(updated);
        history(updated, by, InboxAction.ASSIGNED, assignee, clock.instant());
        return Optional.empty();
    }

    /**
     * Moves the conversation by hand: forwarded to an office (waiting for it), closed, or opened again.
     *
     * @param office for {@link ConversationState#WAITING_FOR_OFFICE}, the office it waits for (an office id of
     *        the policy or a contact kind code); null keeps the current one
     * @return the refusal, in Italian, or empty when done
     */
    @Transactional
    public Optional<String> move(String enteId, UUID id, ConversationState target, @Nullable String office, String by) {
        Labels labels = Labels.italian();
        Optional<InboxStore.Row> row = store.forUpdate(enteId, id);
        if (row.isEmpty()) {
            return Optional.of(labels.get("inbox.refused.unknown"));
        }
        Conversation c = row.get().conversation();
        if (!c.state().manualTargets().contains(target)) {
            return Optional.of(labels.get("inbox.refused.transition", labels.get("inbox.state." + c.state()),
                    labels.get("inbox.state." + target)));
        }
        ConversationState state = target == ConversationState.NEW && c.assignee() != null ? ConversationState.ASSIGNED : target;
        String routed = target == ConversationState.WAITING_FOR_OFFICE && office != null && !office.isBlank()
                ? office.strip() : c.office();
        if (!routed.equals(c.office()) && !isDestination(policies.current(enteId).orElseThrow().policy(), routed)) {
            return Optional.of(labels.get("inbox.refused.office", routed));
        }
        Conversation updated = new Conversation(c.id(), c.enteId(), c.channelId(), c.platform(), c.authorId(),
                c.authorName(), c.privateThread(), state, c.assignee(), routed, c.intent(), c.emergency(), c.openedAt(),
                c.lastMessageAt(), c.waitingSince());
        store.update(updated);
        history(updated, by, InboxAction.STATE_CHANGED,
                state == ConversationState.WAITING_FOR_OFFICE ? state + " " + routed : state.name(), clock.instant());
        return Optional.empty();
    }

    /**
     * Adds an internal note (staff only).
     *
     * @return the refusal, in Italian, or empty when done
     */
    @Transactional
    public Optional<String> note(String enteId, UUID id, String text, String by) {
        Labels labels = Labels.italian();
        Optional<InboxStore.Row> row = store.forUpdate(enteId, id);
        if (row.isEmpty()) {
            return Optional.of(labels.get("inbox.refused.unknown"));
        }
        if (text.isBlank()) {
            return Optional.of(labels.get("inbox.refused.empty"));
        }
        Instant now = now();
        store.insert(id, new Note(UUID.randomUUID(), by, text.strip(), now));
        history(row.get().conversation(), by, InboxAction.NOTE_ADDED, null, now);
        return Optional.empty();
    }

    /**
     * A person's reply to the citizen's latest message. Where the policy requires approval and the writer holds
     * no approving role, it waits for an approver; otherwise it leaves at once ({@link ReplyReady}).
     */
    @Transactional
    public ReplyOutcome reply(String enteId, UUID id, StaffMember writer, String text) {
        Labels labels = Labels.italian();
        Optional<InboxStore.Row> row = store.forUpdate(enteId, id);
        if (row.isEmpty()) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.unknown"));
        }
        if (!writer.can(enteId, RESPONDERS)) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.role"));
        }
        if (text.isBlank()) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.empty"));
        }
        Conversation c = row.get().conversation();
        if (c.state() == ConversationState.CLOSED) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.closed"));
        }
        Policy policy = policies.current(enteId).orElseThrow().policy();
        String inReplyTo = store.messages(id).getLast().platformId();
        Instant now = now();
        if (requiresApproval(policy) && !writer.can(enteId, APPROVERS)) {
            Reply waiting = new Reply(UUID.randomUUID(), id, Reply.ReplyOrigin.PERSON, Reply.ReplyState.AWAITING_APPROVAL,
                    text.strip(), inReplyTo, writer.username(), now, null, null, null, null);
            store.insert(enteId, c.channelId(), c.office(), waiting);
            history(c, writer.username(), InboxAction.REPLY_AWAITING_APPROVAL, null, now);
            return new ReplyOutcome.AwaitingApproval(waiting);
        }
        Reply sent = personal(policy, c, new Reply(UUID.randomUUID(), id, Reply.ReplyOrigin.PERSON,
                Reply.ReplyState.SENT, text.strip(), inReplyTo, writer.username(), now, null, now, null, null), null, now);
        store.insert(enteId, c.channelId(), c.office(), sent);
        history(c, writer.username(), InboxAction.REPLY_SENT, null, now);
        return new ReplyOutcome.Sent(sent);
    }

    /**
     * Approves a waiting reply of the conversation, which then leaves; the approver must hold an approving role
     * and not be its writer.
     */
    @Transactional
    public ReplyOutcome approve(String enteId, UUID conversationId, UUID replyId, StaffMember approver) {
        return decide(enteId, conversationId, replyId, approver, true);
    }

    /** Sends a waiting reply of the conversation back to its writer: it never leaves. */
    @Transactional
    public ReplyOutcome reject(String enteId, UUID conversationId, UUID replyId, StaffMember approver) {
        return decide(enteId, conversationId, replyId, approver, false);
    }

    private ReplyOutcome decide(String enteId, UUID conversationId, UUID replyId, StaffMember approver, boolean approve) {
        Labels labels = Labels.italian();
        Optional<Reply> waiting = store.replyForUpdate(enteId, replyId)
                .filter(r -> r.conversationId().equals(conversationId))
                .filter(r -> r.state() == Reply.ReplyState.AWAITING_APPROVAL);
        if (waiting.isEmpty()) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.notWaiting"));
        }
        Reply r = waiting.get();
        if (!approver.can(enteId, APPROVERS)) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.approver"));
        }
        if (r.writtenBy().equals(approver.username())) {
            return new ReplyOutcome.Refused(labels.get("inbox.refused.samePerson"));
        }
        Conversation c = store.forUpdate(enteId, r.conversationId()).orElseThrow().conversation();
        Instant now = now();
        if (!approve) {
            store.update(new Reply(r.id(), r.conversationId(), r.origin(), Reply.ReplyState.REJECTED, r.text(),
                    r.inReplyTo(), r.writtenBy(), r.writtenAt(), approver.username(), null, null, null), c.office());
            history(c, approver.username(), InboxAction.REPLY_REJECTED, r.writtenBy(), now);
            return new ReplyOutcome.Refused(labels.get("inbox.rejected"));
        }
        Policy policy = policies.current(enteId).orElseThrow().policy();
        Reply sent = personal(policy, c, new Reply(r.id(), r.conversationId(), r.origin(), Reply.ReplyState.SENT,
                r.text(), r.inReplyTo(), r.writtenBy(), r.writtenAt(), approver.username(), now, null, null),
                approver.username(), now);
        store.update(sent, c.office());
        history(c, approver.username(), InboxAction.REPLY_APPROVED, r.writtenBy(), now);
        return new ReplyOutcome.Sent(sent);
    }

    /**
     * Sends a person's reply: the wait is measured in staffed minutes from the oldest unanswered message, the
     * conversation becomes answered, and the connectors are told.
     */
    private Reply personal(Policy policy, Conversation c, Reply reply, @Nullable String approver, Instant now) {
        Long minutes = c.waitingSince() == null ? null : Triage.staffedMinutes(policy, c.waitingSince(), now);
        Reply sent = new Reply(reply.id(), reply.conversationId(), reply.origin(), reply.state(), reply.text(),
                reply.inReplyTo(), reply.writtenBy(), reply.writtenAt(), approver, now, minutes, null);
        ConversationState state = c.state() == ConversationState.CLOSED ? c.state() : ConversationState.ANSWERED;
        store.update(new Conversation(c.id(), c.enteId(), c.channelId(), c.platform(), c.authorId(), c.authorName(),
                c.privateThread(), state, c.assignee(), c.office(), c.intent(), c.emergency(), c.openedAt(),
                c.lastMessageAt(), null));
        events.publishEvent(new ReplyReady(c.enteId(), c.channelId(), c.id(), sent.id(), c.authorId(),
                sent.inReplyTo(), c.privateThread(), sent.text()));
        return sent;
    }

    /** Sends a reply Piazza writes by itself (automatic or the assistant's): no approval, no wait measured. */
    private void send(Conversation c, Reply.ReplyOrigin origin, String text, String inReplyTo,
            @Nullable String sourceUrl, Instant at) {
        Reply reply = new Reply(UUID.randomUUID(), c.id(), origin, Reply.ReplyState.SENT, text, inReplyTo, PIAZZA, at,
                null, at, null, sourceUrl);
        store.insert(c.enteId(), c.channelId(), null, reply);
        events.publishEvent(new ReplyReady(c.enteId(), c.channelId(), c.id(), reply.id(), c.authorId(), inReplyTo,
                c.privateThread(), text));
    }

    /**
     * @param since only replies sent from then
     * @return the waits for a person's answer, in staffed minutes, by channel and by office
     */
    @Transactional(readOnly = true)
    public ResponseTimes responseTimes(String enteId, Instant since) {
        Policy policy = policies.current(enteId).orElseThrow().policy();
        Map<String, List<Long>> byChannel = new TreeMap<>();
        Map<String, List<Long>> byOffice = new TreeMap<>();
        for (InboxStore.Answer answer : store.answers(enteId, since)) {
            byChannel.computeIfAbsent(answer.channelId(), k -> new ArrayList<>()).add(answer.minutes());
            byOffice.computeIfAbsent(answer.office() == null ? "—" : answer.office(), k -> new ArrayList<>())
                    .add(answer.minutes());
        }
        return new ResponseTimes(figures(byChannel), figures(byOffice), policy.privateMessages().responseTimeGuaranteed(),
                policy.privateMessages().clauses());
    }

    private static List<ResponseTimes.Figure> figures(Map<String, List<Long>> waits) {
        return waits.entrySet().stream().map(e -> ResponseTimes.Figure.of(e.getKey(), e.getValue())).toList();
    }

    private void history(Conversation c, String actor, InboxAction action, @Nullable String detail, Instant at) {
        store.insert(c.id(), new HistoryEntry(actor, action, detail, at));
        events.publishEvent(new ConversationChanged(c.enteId(), c.id(), actor, action, detail));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
