package it.piazza.policy;

/**
 * A value of the policy that its published text does not give: Piazza proposes a default and the ente must
 * confirm it. The public page marks it.
 *
 * @param path the field, e.g. {@code staffed_hours.weekly}
 * @param note why it is assumed, in Italian
 */
public record Assumption(String path, String note) {
}
