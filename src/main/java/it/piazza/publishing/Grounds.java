package it.piazza.publishing;

import it.piazza.policy.Labels;
import it.piazza.policy.Policy;
import it.piazza.policy.PublishingCheck;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Grounds each finding: whether the ente's policy adopts the check, and the message that cites the adopting
 * clause after the law or practice the check applies.
 */
final class Grounds {

    private final Policy policy;
    private final Labels labels = Labels.italian();

    Grounds(Policy policy) {
        this.policy = policy;
    }

    Policy policy() {
        return policy;
    }

    /** @return whether the ente's policy has a clause for {@code check} */
    boolean adopts(PublishingCheck check) {
        return policy.publishing().containsKey(check);
    }

    /** @return {@code adopted} when the policy adopts {@code check}, {@code otherwise} when it does not */
    Severity severity(PublishingCheck check, Severity adopted, Severity otherwise) {
        return adopts(check) ? adopted : otherwise;
    }

    /** @return a finding whose message is the label {@code key}, followed by the adopting clause if any */
    CheckFinding finding(PublishingCheck code, Severity severity, String key, Object... args) {
        String message = labels.get(key, args);
        String clause = policy.publishing().get(code);
        return new CheckFinding(code, severity,
                clause == null ? message : message + " " + labels.get("publishing.clause", clause));
    }

    /** @return the label {@code key} with its arguments */
    String label(String key, Object... args) {
        return labels.get(key, args);
    }

    /** @return the texts quoted and joined, e.g. {@code «a», «b»}, each once */
    static String quoted(List<String> texts) {
        return texts.stream().distinct().map(t -> "«" + t + "»").collect(Collectors.joining(", "));
    }
}
