package it.piazza.policy;

/**
 * The licence of the ente's own content.
 *
 * @param code e.g. {@code CC-BY-4.0}, or {@code CUSTOM} when the policy states its own terms
 * @param attributionRequired whether reuse must cite the source
 * @param commercialUse whether commercial reuse is allowed
 * @param clause the verbatim sentence
 */
public record ContentLicence(String code, boolean attributionRequired, boolean commercialUse, String clause) {
}
