/**
 * The inbox: private messages and public requests, triaged and answered by the ente's policy. {@link
 * it.piazza.inbox.Triage} turns a message's classification and time of arrival into the competent office,
 * whether the channels are staffed, the next staffed time and the Italian reply. {@link it.piazza.inbox.Inbox}
 * keeps the conversations (states, assignment, notes, replies and their approval, response times) and publishes
 * {@link it.piazza.inbox.ReplyReady} for the platform connectors; {@link it.piazza.inbox.FaqAssistant} answers
 * frequent questions from the ente's own FAQ where the policy provides for an assistant.
 */
@NullMarked
package it.piazza.inbox;

import org.jspecify.annotations.NullMarked;
