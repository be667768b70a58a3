package it.piazza.web.console;

import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import it.piazza.inbox.ConversationState;
import it.piazza.inbox.ConversationView;
import it.piazza.inbox.FaqAssistant;
import it.piazza.inbox.Inbox;
import it.piazza.inbox.InboxFilter;
import it.piazza.inbox.InboundMessage;
import it.piazza.inbox.Reply;
import it.piazza.platforms.ActionOutbox;
import it.piazza.platforms.OutboxEntry;
import it.piazza.inbox.ReplyOutcome;
import it.piazza.policy.Channel;
import it.piazza.policy.ContactKind;
import it.piazza.policy.Office;
import it.piazza.policy.Policy;
import it.piazza.policy.PolicyVersions;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox in the console: the list of conversations (open emergencies first, filters by state, channel and
 * office), a conversation (thread, triage with its reasons, assignment, notes, reply prefilled from the policy's
 * templates, approval) and the response times in staffed minutes. Editors, moderators, managers and admins
 * answer; managers and admins approve; viewers read.
 */
@Controller
class InboxController {

    private static final int LIMIT = 300;
    private static final Duration TIMES_PERIOD = Duration.ofDays(90);

    private final ConsoleFrame frame;
    private final Inbox inbox;
    private final PolicyVersions policies;
    private final StaffAccounts accounts;
    private final MessageSource messages;
    private final Clock clock;

    private final ActionOutbox outbox;

    InboxController(ConsoleFrame frame, Inbox inbox, PolicyVersions policies, StaffAccounts accounts,
            MessageSource messages, Clock clock, ActionOutbox outbox) {
        this.outbox = outbox;
        this.frame = frame;
        this.inbox = inbox;
        this.policies = policies;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A place a conversation can be routed to, for the filter and the forwarding form.
     *
     * @param code the office id or contact kind code
     * @param name how the page names it
     */
    record Destination(String code, String name) {
    }

    /**
     * One item of a conversation's thread, in time order: a citizen's message or a reply.
     *
     * @param at when it was received or written
     * @param message the citizen's message, or null
     * @param reply the reply, or null
     */
    record ThreadItem(Instant at, @Nullable InboundMessage message, @Nullable Reply reply,
            @Nullable OutboxEntry delivery) {
    }

    @GetMapping("/console/{ente}/messaggi")
    String list(@PathVariable String ente, @RequestParam(required = false) @Nullable String stato,
            @RequestParam(required = false) @Nullable String canale, @RequestParam(required = false) @Nullable String ufficio,
            Principal principal, Locale locale, Model model) {
        StaffMember member = frame.open(model, principal, ente, ConsoleFrame.Section.INBOX);
        ConversationState state = parseState(stato);
        InboxFilter filter = new InboxFilter(state, blankToNull(canale), blankToNull(ufficio));
        Policy policy = policy(ente);
        model.addAttribute("conversations", inbox.list(ente, filter, LIMIT));
        model.addAttribute("states", ConversationState.values());
        model.addAttribute("channels", policy.channels().stream().map(Channel::id).toList());
        List<Destination> destinations = destinations(policy, inbox.offices(ente), locale);
        model.addAttribute("destinations", destinations);
        model.addAttribute("officeNames", names(destinations));
        model.addAttribute("stato", state == null ? "" : state.name());
        model.addAttribute("canale", canale == null ? "" : canale);
        model.addAttribute("ufficio", ufficio == null ? "" : ufficio);
        model.addAttribute("awaitingApproval", inbox.awaitingApproval(ente));
        model.addAttribute("canApprove", member.can(ente, Inbox.APPROVERS));
        return "console/inbox";
    }

    @GetMapping("/console/{ente}/messaggi/{id}")
    String conversation(@PathVariable String ente, @PathVariable UUID id, Principal principal, Locale locale, Model model) {
        StaffMember member = frame.open(model, principal, ente, ConsoleFrame.Section.INBOX);
        ConversationView view = inbox.conversation(ente, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Conversazione non trovata"));
        Policy policy = policy(ente);
        model.addAttribute("view", view);
        model.addAttribute("c", view.conversation());
        List<ThreadItem> thread = new ArrayList<>();
        view.messages().forEach(m -> thread.add(new ThreadItem(m.receivedAt(), m, null, null)));
        view.replies().forEach(r -> thread.add(new ThreadItem(r.writtenAt(), null, r, outbox.ofReply(ente, r.id()).orElse(null))));
        thread.sort(Comparator.comparing(ThreadItem::at).thenComparing(t -> t.reply() != null));
        model.addAttribute("thread", thread);
        InboundMessage latest = view.messages().isEmpty() ? null : view.messages().getLast();
        model.addAttribute("latest", latest);
        model.addAttribute("draft", inbox.draft(ente, id).orElse(null));
        model.addAttribute("canAnswer", member.can(ente, Inbox.RESPONDERS));
        model.addAttribute("canApprove", member.can(ente, Inbox.APPROVERS));
        model.addAttribute("requiresApproval", Inbox.requiresApproval(policy));
        model.addAttribute("responders", accounts.holding(ente, Inbox.RESPONDERS));
        model.addAttribute("targets", view.conversation().state().manualTargets());
        List<Destination> destinations = destinations(policy, List.of(view.conversation().office()), locale);
        model.addAttribute("destinations", destinations);
        model.addAttribute("officeNames", names(destinations));
        model.addAttribute("assistant", FaqAssistant.allowedBy(policy));
        model.addAttribute("faq", latest == null ? null : FaqAssistant.bundled().best(ente, latest.text()).orElse(null));
        model.addAttribute("memberName", member.username());
        return "console/conversation";
    }

    @PostMapping("/console/{ente}/messaggi/{id}/assegna")
    String assign(@PathVariable String ente, @PathVariable UUID id, @RequestParam String assegnatario,
            Principal principal, Locale locale, RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Inbox.RESPONDERS);
        outcome(inbox.assign(ente, id, assegnatario, member.username()), "inbox.assigned", locale, redirect);
        return "redirect:/console/{ente}/messaggi/{id}";
    }

    @PostMapping("/console/{ente}/messaggi/{id}/stato")
    String move(@PathVariable String ente, @PathVariable UUID id, @RequestParam String stato,
            @RequestParam(required = false) @Nullable String ufficio, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Inbox.RESPONDERS);
        ConversationState target = parseState(stato);
        if (target == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Stato sconosciuto: " + stato);
        }
        outcome(inbox.move(ente, id, target, ufficio, member.username()), "inbox.moved", locale, redirect);
        return "redirect:/console/{ente}/messaggi/{id}";
    }

    @PostMapping("/console/{ente}/messaggi/{id}/nota")
    String note(@PathVariable String ente, @PathVariable UUID id, @RequestParam String testo, Principal principal,
            Locale locale, RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Inbox.RESPONDERS);
        outcome(inbox.note(ente, id, testo, member.username()), "inbox.noted", locale, redirect);
        return "redirect:/console/{ente}/messaggi/{id}";
    }

    @PostMapping("/console/{ente}/messaggi/{id}/risposta")
    String reply(@PathVariable String ente, @PathVariable UUID id, @RequestParam String testo, Principal principal,
            Locale locale, RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Inbox.RESPONDERS);
        replyOutcome(inbox.reply(ente, id, member, testo), locale, redirect);
        return "redirect:/console/{ente}/messaggi/{id}";
    }

    @PostMapping("/console/{ente}/messaggi/{id}/risposte/{reply}")
    String approve(@PathVariable String ente, @PathVariable UUID id, @PathVariable UUID reply,
            @RequestParam String esito, Principal principal, Locale locale, RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Inbox.APPROVERS);
        replyOutcome(switch (esito) {
            case "approva" -> inbox.approve(ente, id, reply, member);
            case "rimanda" -> inbox.reject(ente, id, reply, member);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Esito sconosciuto: " + esito);
        }, locale, redirect);
        return "redirect:/console/{ente}/messaggi/{id}";
    }

    @GetMapping("/console/{ente}/messaggi/tempi")
    String responseTimes(@PathVariable String ente, Principal principal, Locale locale, Model model) {
        frame.open(model, principal, ente, ConsoleFrame.Section.INBOX);
        Policy policy = policy(ente);
        model.addAttribute("times", inbox.responseTimes(ente, clock.instant().minus(TIMES_PERIOD)));
        model.addAttribute("days", TIMES_PERIOD.toDays());
        model.addAttribute("weeklyHours", policy.staffedHours().weeklyStaffedTime().toHours());
        model.addAttribute("officeNames", names(destinations(policy, List.of(), locale)));
        return "console/response-times";
    }

    private void outcome(Optional<String> refusal, String doneKey, Locale locale, RedirectAttributes redirect) {
        refusal.ifPresentOrElse(reason -> redirect.addFlashAttribute("problem", reason),
                () -> redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale)));
    }

    private void replyOutcome(ReplyOutcome outcome, Locale locale, RedirectAttributes redirect) {
        switch (outcome) {
            case ReplyOutcome.Sent s -> redirect.addFlashAttribute("notice", messages.getMessage("inbox.sent", null, locale));
            case ReplyOutcome.AwaitingApproval a -> redirect.addFlashAttribute("notice",
                    messages.getMessage("inbox.awaiting", null, locale));
            case ReplyOutcome.Refused r -> redirect.addFlashAttribute("problem", r.reason());
        }
    }

    private Policy policy(String ente) {
        return policies.current(ente).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ente sconosciuto")).policy();
    }

    /**
     * The policy's offices, the contact kinds the triage routes to, and any other code already in use; a kind
     * the policy gives no contact for is named by its label, never by its code.
     */
    private List<Destination> destinations(Policy policy, List<String> inUse, Locale locale) {
        List<Destination> result = new ArrayList<>();
        for (Office office : policy.offices()) {
            result.add(new Destination(office.id(), office.name()));
        }
        for (ContactKind kind : List.of(ContactKind.URP, ContactKind.PEC, ContactKind.PRESS_OFFICE, ContactKind.SOCIAL_TEAM,
                ContactKind.CIVIL_PROTECTION)) {
            result.add(new Destination(kind.name(), policy.contact(kind).map(c -> c.label())
                    .orElseGet(() -> messages.getMessage("contactKind." + kind, null, locale))));
        }
        for (String code : inUse) {
            if (result.stream().noneMatch(d -> d.code().equals(code))) {
                result.add(new Destination(code, Arrays.stream(ContactKind.values()).anyMatch(k -> k.name().equals(code))
                        ? messages.getMessage("contactKind." + code, null, locale) : code));
            }
        }
        return result;
    }

    private static Map<String, String> names(List<Destination> destinations) {
        Map<String, String> names = new HashMap<>();
        destinations.forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    private static @Nullable ConversationState parseState(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ConversationState.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
