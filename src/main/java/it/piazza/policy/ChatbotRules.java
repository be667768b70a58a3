package it.piazza.policy;

/**
 * What an automated assistant must say of itself.
 *
 * @param disclosure the Italian sentence shown in its first message
 * @param clause the verbatim sentence of the policy
 */
public record ChatbotRules(String disclosure, String clause) {
}
