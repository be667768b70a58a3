package it.piazza.policy;

/**
 * Replies and notices Piazza writes to citizens. Piazza's Italian defaults are in
 * {@code i18n/templates.properties}; a policy may give its own wording. Placeholders in braces
 * ({@code {ente}}, {@code {categoria}}, {@code {clausola}}, {@code {contatti}}, {@code {prossimo_presidio}},
 * {@code {link_ricorso}}, {@code {sito}}, {@code {ufficio}}, {@code {ufficio_stampa}}, {@code {protezione_civile}})
 * are filled when the text is used. The inbox replies ({@code INFO_REPLY} to {@code CIVIL_PROTECTION_CONTACTS})
 * answer private messages and public requests by their intent; {@code DANGER_REMINDER} closes, in staffed hours,
 * the replies to messages the triage could not place and to reports of disservices, in case they hide an
 * emergency. The assistant's lines: {@code ASSISTANT_ANSWER} ({@code {titolo}}, {@code {risposta}}, {@code {fonte}})
 * quotes a page of the ente's FAQ, {@code ASSISTANT_HANDOVER} ({@code {prossimo_presidio}}) hands the conversation
 * to the staff.
 */
public enum ReplyTemplate {
    REMOVAL_NOTICE, HIDING_NOTICE, WARNING, BAN_NOTICE, ASSISTANCE_REPLY, COMPLAINT_REPLY, OUT_OF_HOURS,
    NOT_PROTOCOLLED, EMERGENCY, CHATBOT_DISCLOSURE, INFO_REPLY, ACCESS_REPLY, PRESS_REPLY, PUBLICATION_REPLY,
    ABUSE_REPLY, OTHER_REPLY, OFFICE_CONTACTS, CIVIL_PROTECTION_CONTACTS, DANGER_REMINDER,
    ASSISTANT_ANSWER, ASSISTANT_HANDOVER
}
