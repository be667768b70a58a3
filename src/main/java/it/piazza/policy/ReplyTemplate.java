package it.piazza.policy;

/**
 * Replies and notices Piazza writes to citizens. Piazza's Italian defaults are in
 * {@code i18n/templates.properties}; a policy may give its own wording. Placeholders in braces
 * ({@code {ente}}, {@code {categoria}}, {@code {clausola}}, {@code {contatti}}, {@code {prossimo_presidio}},
 * {@code {link_ricorso}}) are filled when the text is used.
 */
public enum ReplyTemplate {
    REMOVAL_NOTICE, HIDING_NOTICE, WARNING, BAN_NOTICE, ASSISTANCE_REPLY, COMPLAINT_REPLY, OUT_OF_HOURS,
    NOT_PROTOCOLLED, EMERGENCY, CHATBOT_DISCLOSURE
}
