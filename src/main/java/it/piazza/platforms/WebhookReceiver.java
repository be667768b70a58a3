package it.piazza.platforms;

/**
 * A connector that receives by webhook at {@code /webhooks/{ente}/{channel}}. It verifies every call (signature
 * over the raw bytes compared in constant time, or the platform's secret header) before reading anything.
 */
public interface WebhookReceiver {

    /** @return the answer to a GET: the platform's verification handshake, or a refusal */
    WebhookAnswer challenge(ChannelConnection connection, WebhookRequest request);

    /** @return the answer to a POST: accepted items, or a refusal when unsigned, wrongly signed or malformed */
    WebhookAnswer deliver(ChannelConnection connection, WebhookRequest request);
}
