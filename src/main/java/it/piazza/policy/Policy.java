package it.piazza.policy;

import it.piazza.detection.Category;
import it.piazza.detection.Topic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The social media policy of one ente, as data: the single source from which Piazza both publishes the
 * page citizens read and takes every decision. Immutable; obtain one from {@link PolicyReader} (which
 * validates it whole) or from {@link Presets}.
 *
 * @param format the version of the policy format (currently 1)
 * @param id the ente's stable identifier, e.g. {@code roma-capitale}
 * @param revision the ente's own label for this text of the policy, e.g. the date of last modification
 * @param ente identity and adopting act
 * @param purposes the institutional purposes of the channels, verbatim (they ground off-topic decisions)
 * @param channels the official channels, active and dismissed
 * @param otherProfilesNotice the sentence that disowns other profiles, when the policy has one
 * @param hours staffed hours, holidays, patron day and closures
 * @param moderation moderation mode, thresholds and the rule of each category
 * @param sanctions measures on authors: warnings, bans, reports
 * @param contacts the official contacts the policy redirects to
 * @param offices the offices requests and reports are routed to, by topic (empty when the policy names none)
 * @param privateMessages how private messages and public requests are handled
 * @param templates the ente's own wording of replies and notices, overriding Piazza's defaults
 * @param contentLicence the licence of the ente's own content, when stated
 * @param thirdPartyInitiatives whether and how third parties may promote initiatives
 * @param internalRules rules for the ente's staff (naming, e-mail, credentials, conduct)
 * @param chatbot the automated-assistant disclosure, when the policy sets one
 * @param publishing the clause grounding each check before publishing
 * @param electoralPeriods periods of par condicio known in advance
 * @param retention how long evidence, warnings and the audit log are kept
 * @param assumptions values the seed text does not give, shown as defaults the ente must confirm
 */
public record Policy(
        int format,
        String id,
        String revision,
        Ente ente,
        List<String> purposes,
        List<Channel> channels,
        @Nullable String otherProfilesNotice,
        StaffedHoursRules hours,
        ModerationRules moderation,
        Sanctions sanctions,
        List<Contact> contacts,
        List<Office> offices,
        PrivateMessageRules privateMessages,
        Map<ReplyTemplate, String> templates,
        @Nullable ContentLicence contentLicence,
        ThirdPartyInitiatives thirdPartyInitiatives,
        List<InternalRule> internalRules,
        @Nullable ChatbotRules chatbot,
        Map<PublishingCheck, String> publishing,
        List<ElectoralPeriod> electoralPeriods,
        Retention retention,
        List<Assumption> assumptions) {

    public Policy {
        purposes = List.copyOf(purposes);
        channels = List.copyOf(channels);
        contacts = List.copyOf(contacts);
        offices = List.copyOf(offices);
        templates = Map.copyOf(templates);
        internalRules = List.copyOf(internalRules);
        publishing = Map.copyOf(publishing);
        electoralPeriods = List.copyOf(electoralPeriods);
        assumptions = List.copyOf(assumptions);
    }

    /** @return the rule for {@code category}, or empty when the policy does not name it */
    public Optional<CategoryRule> rule(Category category) {
        return Optional.ofNullable(moderation.categories().get(category));
    }

    /** @return the first contact of that kind, or empty */
    public Optional<Contact> contact(ContactKind kind) {
        return contacts.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** @return the office that handles {@code topic}, or empty */
    public Optional<Office> office(Topic topic) {
        return offices.stream().filter(o -> o.topics().contains(topic)).findFirst();
    }

    /** @return the channel with that id, or empty */
    public Optional<Channel> channel(String channelId) {
        return channels.stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    /** @return the staffed-hours calendar of this ente */
    public StaffedHours staffedHours() {
        return StaffedHours.of(hours);
    }

    /** @return whether the value at {@code path} (e.g. {@code staffed_hours.weekly}) is a default to confirm */
    public Optional<Assumption> assumption(String path) {
        return assumptions.stream().filter(a -> a.path().equals(path) || path.startsWith(a.path() + ".")).findFirst();
    }
}
