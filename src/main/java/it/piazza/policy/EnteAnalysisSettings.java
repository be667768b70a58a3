package it.piazza.policy;

import it.piazza.detection.AnalysisSettings;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** What the detectors need to know of an ente, taken from its policy. */
public final class EnteAnalysisSettings {

    private EnteAnalysisSettings() {
    }

    /**
     * @return the ente's purposes (for relevance), its own domains and contacts (never advertising or personal
     *         data), and whether non-profit territorial initiatives are allowed in comments
     */
    public static AnalysisSettings of(Policy policy) {
        Set<String> domains = new LinkedHashSet<>();
        Set<String> contacts = new LinkedHashSet<>();
        addHost(domains, policy.ente().website());
        for (Contact contact : policy.contacts()) {
            if (contact.url() != null) {
                addHost(domains, contact.url());
            }
            if (contact.email() != null) {
                contacts.add(contact.email());
                domains.add(contact.email().substring(contact.email().indexOf('@') + 1).toLowerCase(Locale.ROOT));
            }
            if (contact.phone() != null) {
                contacts.add(contact.phone());
            }
            if (contact.address() != null) {
                contacts.add(contact.address());
            }
        }
        policy.channels().forEach(channel -> contacts.add(channel.handle()));
        boolean initiatives = policy.thirdPartyInitiatives().allowed()
                && policy.thirdPartyInitiatives().conditions().contains(InitiativeCondition.NON_PROFIT);
        return AnalysisSettings.defaults()
                .withPurposes(String.join("\n", policy.purposes()))
                .withOfficial(domains, contacts)
                .withNonProfitInitiativesAllowed(initiatives);
    }

    private static void addHost(Set<String> domains, URI uri) {
        if (uri.getHost() != null) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            domains.add(host.startsWith("www.") ? host.substring(4) : host);
        }
    }
}
