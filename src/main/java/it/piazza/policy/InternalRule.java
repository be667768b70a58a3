package it.piazza.policy;

import java.util.Map;

/**
 * A rule for the ente's own staff, e.g. {@code SERVICE_EMAIL_DOMAIN} with {@code domain: comune.roma.it}.
 *
 * @param code a stable code other modules can check (accounts, publishing)
 * @param params parameters of the rule
 * @param clause the verbatim sentence
 */
public record InternalRule(String code, Map<String, String> params, String clause) {

    public InternalRule {
        params = Map.copyOf(params);
    }
}
