/**
 * The inbox: private messages and public requests, triaged and answered by the ente's policy. {@link
 * it.piazza.inbox.Triage} turns a message's classification and time of arrival into the competent office,
 * whether the channels are staffed, the next staffed time and the Italian reply. Pure: no storage yet.
 */
@NullMarked
package it.piazza.inbox;

import org.jspecify.annotations.NullMarked;
