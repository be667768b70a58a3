package it.piazza.moderation;

import it.piazza.detection.Category;
import it.piazza.policy.ContentAction;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Published when a decision is recorded, automated or human: the platform connectors carry it out, the audit
 * log records it.
 *
 * @param decisionId the decision
 * @param enteId the ente
 * @param interactionId the interaction
 * @param channelId the channel it came from
 * @param platformId the platform's id of the interaction
 * @param action the action to carry out
 * @param categories the grounds
 * @param measures the measures on the author
 * @param automated whether no person took part
 * @param decidedBy who decided
 * @param policyVersion the policy version in force
 * @param supersedes the decision it replaces, or null
 */
public record DecisionTaken(UUID decisionId, String enteId, UUID interactionId, String channelId, String platformId,
        ContentAction action, List<Category> categories, Set<AuthorMeasure> measures, boolean automated,
        String decidedBy, int policyVersion, @org.jspecify.annotations.Nullable UUID supersedes) {
}
