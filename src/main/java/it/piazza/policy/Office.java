package it.piazza.policy;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import it.piazza.detection.Topic;

/**
 * An office of the ente that handles some topics, with its contacts: where the inbox routes a request or a
 * report on those topics. At least one of e-mail, phone, url or address is present.
 *
 * @param id the office's stable identifier in the policy, e.g. {@code rifiuti}
 * @param name how citizens know it, e.g. "Servizio Ambiente e rifiuti"
 * @param topics the topics it handles (each topic belongs to one office of the policy)
 * @param email e-mail or PEC address
 * @param phone phone number as written by the ente
 * @param url web address
 * @param address postal address
 */
public record Office(String id, String name, List<Topic> topics, @Nullable String email, @Nullable String phone,
        @Nullable URI url, @Nullable String address) {

    public Office {
        topics = List.copyOf(topics);
    }

    /** @return the most useful single way to reach it, for a reply: e-mail, phone, url or address */
    public String reach() {
        return Contact.reach(email, phone, url, address, name);
    }
}
