package it.piazza.publishing;

import it.piazza.policy.ElectoralPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * What every rule reads.
 *
 * @param draft the draft
 * @param day the day of publication
 * @param periods the electoral periods of the policy and of the request
 * @param grounds the ente's policy and the messages
 */
record DraftContext(Draft draft, LocalDate day, List<ElectoralPeriod> periods, Grounds grounds) {
}
