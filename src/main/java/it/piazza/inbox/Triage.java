package it.piazza.inbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import it.piazza.detection.Intent;
import it.piazza.detection.Topic;
import it.piazza.detection.TriageResult;
import it.piazza.policy.Contact;
import it.piazza.policy.ContactKind;
import it.piazza.policy.Office;
import it.piazza.policy.Policy;
import it.piazza.policy.Redirect;
import it.piazza.policy.Replies;
import it.piazza.policy.ReplyTemplate;
import it.piazza.policy.StaffedHours;

/**
 * Routes and answers a triaged message by the ente's policy (docs/design/007-triage.md):
 * <ul>
 * <li>an emergency is answered at once, at any hour, with 112 and the civil protection contacts;</li>
 * <li>otherwise the reply of the intent, from the policy's templates, with the official contacts where the
 * policy redirects and the competent office by topic where the policy names one;</li>
 * <li>outside the staffed hours the reply opens with when the staff will read it;</li>
 * <li>where messages are not protocolled, the notice to use PEC closes it;</li>
 * <li>a message the rules could not place, or a report of a disservice, is reminded of 112 (outside staffed
 * hours the out-of-hours notice already does it), since an emergency the rules miss lands there;</li>
 * <li>no reply promises an answer time.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class Triage {

    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'alle' H:mm",
            Locale.ITALIAN);

    private static final Pattern GREETING = Pattern.compile("Gentile [^,.:]{1,40}, ");

    private final Replies replies;

    private Triage(Replies replies) {
        this.replies = replies;
    }

    /** @return the triage answering in Italian */
    public static Triage italian() {
        return new Triage(Replies.italian());
    }

    /**
     * @param policy the ente's policy
     * @param classification the triage of the message's text
     * @param receivedAt when the message arrived
     * @return office, staffed, next staffed time and reply
     */
    public TriageAnswer answer(Policy policy, TriageResult classification, Instant receivedAt) {
        StaffedHours hours = policy.staffedHours();
        boolean staffed = hours.isStaffed(receivedAt);
        Optional<Instant> next = hours.nextStaffed(receivedAt);
        OffsetDateTime nextAt = next.map(i -> i.atZone(policy.hours().zone()).toOffsetDateTime()).orElse(null);
        Intent intent = classification.intent();
        Topic topic = classification.topic();
        boolean automatic = intent == Intent.EMERGENCY || !staffed;
        List<String> parts = new ArrayList<>();
        String disclosure = automatic && policy.chatbot() != null ? policy.chatbot().disclosure() : null;
        if (intent == Intent.EMERGENCY) {
            parts.add(text(policy, ReplyTemplate.EMERGENCY));
            civilProtection(policy).ifPresent(reach -> parts.add(text(policy, ReplyTemplate.CIVIL_PROTECTION_CONTACTS,
                    Map.of("protezione_civile", reach))));
            return new TriageAnswer(classification, emergencyOffice(policy), staffed, nextAt, join(parts), true,
                    disclosure);
        }
        if (!staffed) {
            String when = nextStaffedPhrase(nextAt);
            parts.add(text(policy, ReplyTemplate.OUT_OF_HOURS, Map.of("prossimo_presidio", when)));
        }
        Redirect redirect = redirectOf(policy, intent);
        parts.add(intentReply(policy, intent));
        Optional<Office> office = topic == null ? Optional.empty() : policy.office(topic);
        if (office.isPresent() && givesOffice(intent, redirect)) {
            parts.add(text(policy, ReplyTemplate.OFFICE_CONTACTS, Map.of("ufficio", describe(office.get()))));
        }
        if (Boolean.FALSE.equals(policy.privateMessages().protocolled()) && redirect != Redirect.NOT_HANDLED) {
            parts.add(text(policy, ReplyTemplate.NOT_PROTOCOLLED));
        }
        if (staffed && (intent == Intent.OTHER || intent == Intent.DISSERVICE_REPORT)) {
            parts.add(text(policy, ReplyTemplate.DANGER_REMINDER));
        }
        return new TriageAnswer(classification, route(policy, intent, redirect, office), staffed, nextAt,
                join(parts), automatic, disclosure);
    }

    /** @return "da lunedì 9 marzo 2026 alle 9:00", or "appena possibile" when no staffed time is known */
    static String nextStaffedPhrase(@Nullable OffsetDateTime next) {
        return next == null ? "appena possibile" : "da " + NEXT.format(next);
    }

    /**
     * The response time as the ente's staff live it: only staffed time counts, so a message received on Friday
     * evening and answered on Monday at 9:30 waited 30 minutes.
     *
     * @return the staffed minutes between {@code receivedAt} and {@code answeredAt}
     */
    public static long staffedMinutes(Policy policy, Instant receivedAt, Instant answeredAt) {
        Duration staffed = policy.staffedHours().staffedBetween(receivedAt, answeredAt);
        return staffed.toMinutes();
    }

    /** Joins the parts of a reply, greeting the citizen once: later parts lose their own "Gentile …," opening. */
    static String join(List<String> parts) {
        StringBuilder reply = new StringBuilder();
        boolean greeted = false;
        for (String part : parts) {
            Matcher greeting = GREETING.matcher(part);
            String text = part;
            if (greeting.lookingAt()) {
                if (greeted) {
                    String rest = part.substring(greeting.end());
                    text = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                }
                greeted = true;
            }
            if (!text.isEmpty()) {
                reply.append(reply.isEmpty() ? "" : " ").append(text);
            }
        }
        return reply.toString();
    }

    private String intentReply(Policy policy, Intent intent) {
        return switch (intent) {
            case PERSONAL_CASE, ASSISTANCE_REQUEST -> text(policy, ReplyTemplate.ASSISTANCE_REPLY);
            case COMPLAINT, DISSERVICE_REPORT -> text(policy, ReplyTemplate.COMPLAINT_REPLY);
            case INFO_REQUEST -> text(policy, ReplyTemplate.INFO_REPLY);
            case ACCESS_REQUEST -> text(policy, ReplyTemplate.ACCESS_REPLY);
            case PRESS -> text(policy, ReplyTemplate.PRESS_REPLY, Map.of("ufficio_stampa", pressOffice(policy)));
            case PUBLICATION_REQUEST -> text(policy, ReplyTemplate.PUBLICATION_REPLY);
            case ABUSE -> text(policy, ReplyTemplate.ABUSE_REPLY);
            case OTHER, EMERGENCY -> text(policy, ReplyTemplate.OTHER_REPLY);
        };
    }

    /** @return the policy's rule for this intent: assistance for personal cases, complaints for complaints and reports */
    private static Redirect redirectOf(Policy policy, Intent intent) {
        return switch (intent) {
            case PERSONAL_CASE, ASSISTANCE_REQUEST -> policy.privateMessages().assistance();
            case COMPLAINT, DISSERVICE_REPORT -> policy.privateMessages().complaints();
            default -> Redirect.ANSWERED_OR_FORWARDED;
        };
    }

    /** The competent office is named unless the policy sends everything to PEC or asks for a private message. */
    private static boolean givesOffice(Intent intent, Redirect redirect) {
        return switch (intent) {
            case INFO_REQUEST, PERSONAL_CASE, ASSISTANCE_REQUEST, COMPLAINT, DISSERVICE_REPORT ->
                    redirect == Redirect.ANSWERED_OR_FORWARDED || redirect == Redirect.OFFICIAL_CHANNELS_ONLY;
            default -> false;
        };
    }

    private static String route(Policy policy, Intent intent, Redirect redirect, Optional<Office> office) {
        String team = ContactKind.SOCIAL_TEAM.name();
        String official = policy.privateMessages().complaintContacts().stream().findFirst().map(Enum::name)
                .orElse(team);
        return switch (intent) {
            case INFO_REQUEST -> office.map(Office::id).orElse(team);
            case PERSONAL_CASE, ASSISTANCE_REQUEST, COMPLAINT -> switch (redirect) {
                case NOT_HANDLED -> ContactKind.PEC.name();
                case PRIVATE_MESSAGE_ONLY -> team;
                case ANSWERED_OR_FORWARDED -> office.map(Office::id).orElse(team);
                case OFFICIAL_CHANNELS_ONLY -> official;
            };
            case DISSERVICE_REPORT -> redirect == Redirect.NOT_HANDLED ? ContactKind.PEC.name()
                    : office.map(Office::id).orElse(official);
            case ACCESS_REQUEST -> policy.contact(ContactKind.URP).or(() -> policy.contact(ContactKind.PEC))
                    .map(c -> c.kind().name()).orElse(official);
            case PRESS -> ContactKind.PRESS_OFFICE.name();
            case PUBLICATION_REQUEST, ABUSE, OTHER, EMERGENCY -> team;
        };
    }

    private static String emergencyOffice(Policy policy) {
        return policy.office(Topic.CIVIL_PROTECTION).map(Office::id)
                .or(() -> policy.contact(ContactKind.CIVIL_PROTECTION).map(c -> c.kind().name()))
                .orElse("112");
    }

    private static Optional<String> civilProtection(Policy policy) {
        return policy.office(Topic.CIVIL_PROTECTION).map(Triage::describe)
                .or(() -> policy.contact(ContactKind.CIVIL_PROTECTION).map(Triage::describe));
    }

    private static String pressOffice(Policy policy) {
        return policy.contact(ContactKind.PRESS_OFFICE).map(Triage::describe)
                .orElse("l'ufficio stampa (recapiti sul sito " + policy.ente().website() + ")");
    }

    private static String describe(Office office) {
        return office.name() + " (" + office.reach() + ")";
    }

    private static String describe(Contact contact) {
        return contact.label().contains(contact.reach()) ? contact.label()
                : contact.label() + " (" + contact.reach() + ")";
    }

    private String text(Policy policy, ReplyTemplate template) {
        return text(policy, template, Map.of());
    }

    private String text(Policy policy, ReplyTemplate template, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("sito", policy.ente().website().toString());
        return replies.text(policy, template, all);
    }
}
