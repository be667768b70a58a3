package it.piazza.audit;

import it.piazza.inbox.ConversationChanged;
import it.piazza.moderation.AppealDecided;
import it.piazza.moderation.AppealFiled;
import it.piazza.moderation.DecisionTaken;
import it.piazza.moderation.EvidencePurged;
import it.piazza.moderation.PermanentBanConfirmed;
import it.piazza.moderation.ReviewClaimChanged;
import it.piazza.platforms.ActionCarriedOut;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionFailed;
import it.piazza.platforms.ChannelConnected;
import it.piazza.platforms.ConnectionStopped;
import it.piazza.platforms.DeadLetterRetried;
import it.piazza.platforms.ManualActionSettled;
import it.piazza.policy.PolicyImported;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every decision, human action, appeal, inbox action, purge, policy change and platform action (by Piazza
 * or, where the platform does not allow it, by hand) to the audit log, in the transaction that made it: an action
 * and its entry are stored together or not at all.
 */
@Component
class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(DecisionTaken event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("interaction", event.interactionId().toString());
        details.put("channel", event.channelId());
        details.put("platform_id", event.platformId());
        details.put("action", event.action().name());
        details.put("categories", event.categories().stream().map(Enum::name).toList());
        details.put("measures", event.measures().stream().map(Enum::name).sorted().toList());
        details.put("policy_version", event.policyVersion());
        if (event.supersedes() != null) {
            details.put("supersedes", event.supersedes().toString());
        }
        log.append(event.enteId(), event.decidedBy(), event.automated() ? "DECISION" : "HUMAN_DECISION",
                event.decisionId().toString(), details);
    }

    @EventListener
    void on(ReviewClaimChanged event) {
        log.append(event.enteId(), event.user(), event.claimed() ? "REVIEW_CLAIMED" : "REVIEW_RELEASED",
                event.interactionId().toString(), Map.of());
    }

    @EventListener
    void on(AppealFiled event) {
        log.append(event.enteId(), "citizen", "APPEAL_FILED", event.appealId().toString(),
                Map.of("decision", event.decisionId().toString()));
    }

    @EventListener
    void on(AppealDecided event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", event.decisionId().toString());
        details.put("reversed", event.reversed());
        if (event.reversal() != null) {
            details.put("reversal", event.reversal().toString());
        }
        log.append(event.enteId(), event.decidedBy(), "APPEAL_DECIDED", event.appealId().toString(), details);
    }

    @EventListener
    void on(PermanentBanConfirmed event) {
        log.append(event.enteId(), event.confirmedBy(), "BAN_MADE_PERMANENT", event.sanctionId().toString(),
                Map.of("author", event.authorId()));
    }

    @EventListener
    void on(EvidencePurged event) {
        log.append(event.enteId(), "piazza", "EVIDENCE_PURGED", "retention", Map.of("count", event.count()));
    }

    @EventListener
    void on(ConversationChanged event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("conversation", event.conversationId().toString());
        if (event.detail() != null) {
            details.put("detail", event.detail());
        }
        log.append(event.enteId(), event.actor(), "INBOX_" + event.action().name(), event.conversationId().toString(),
                details);
    }

    @EventListener
    void on(PolicyImported event) {
        log.append(event.enteId(), event.importedBy(), "POLICY_IMPORTED", "v" + event.version(),
                Map.of("sha256", event.sha256()));
    }

    @EventListener
    void on(ActionCarriedOut event) {
        Map<String, Object> details = platformAction(event.channelId(), event.kind(), event.targetId(),
                event.decisionId());
        details.put("reference", event.reference());
        log.append(event.enteId(), "piazza", "PLATFORM_ACTION_DONE", event.actionId().toString(), details);
    }

    @EventListener
    void on(ActionFailed event) {
        log.append(event.enteId(), "piazza", "PLATFORM_ACTION_FAILED", event.actionId().toString(),
                Map.of("channel", event.channelId(), "action", event.kind().name(), "reason", event.reason()));
    }

    @EventListener
    void on(DeadLetterRetried event) {
        log.append(event.enteId(), event.by(), "PLATFORM_ACTION_RETRIED", event.actionId().toString(),
                platformAction(event.channelId(), event.kind(), event.targetId(), event.decisionId()));
    }

    @EventListener
    void on(ManualActionSettled event) {
        log.append(event.enteId(), event.by(),
                event.doneByHand() ? "PLATFORM_ACTION_DONE_BY_HAND" : "PLATFORM_ACTION_DISMISSED",
                event.actionId().toString(),
                platformAction(event.channelId(), event.kind(), event.targetId(), event.decisionId()));
    }

    /** The details every entry about a platform action carries: where, what, on which item, for which decision. */
    private static Map<String, Object> platformAction(String channelId, ActionKind kind, String targetId,
            @Nullable UUID decisionId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channelId);
        details.put("action", kind.name());
        details.put("target", targetId);
        if (decisionId != null) {
            details.put("decision", decisionId.toString());
        }
        return details;
    }

    @EventListener
    void on(ChannelConnected event) {
        log.append(event.enteId(), event.by(), "CHANNEL_CONNECTED", event.channelId(),
                Map.of("connector", event.connector()));
    }

    @EventListener
    void on(ConnectionStopped event) {
        log.append(event.enteId(), "piazza", "CHANNEL_STOPPED", event.channelId(), Map.of("reason", event.reason()));
    }
}
