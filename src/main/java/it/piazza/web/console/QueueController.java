package it.piazza.web.console;

import it.piazza.detection.Category;
import it.piazza.moderation.ClaimOutcome;
import it.piazza.moderation.HumanDecisionOutcome;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.ReviewItem;
import it.piazza.policy.Channel;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue: the comments waiting for a person, gravest and newest first, with filters, the
 * automatic suggestion and its evidence, claim and release, one-key decisions and a bulk removal by author.
 */
@Controller
@RequestMapping("/console/{ente}/coda")
class QueueController {

    private static final int QUEUE_LIMIT = 5_000;
    private static final int PAGE_SIZE = 50;

    private final ConsoleFrame frame;
    private final Moderation moderation;
    private final PolicyVersions policies;
    private final MessageSource messages;

    QueueController(ConsoleFrame frame, Moderation moderation, PolicyVersions policies, MessageSource messages) {
        this.frame = frame;
        this.moderation = moderation;
        this.policies = policies;
        this.messages = messages;
    }

    /** The filters of the queue; blank means any. */
    record Filters(@Nullable String canale, @Nullable Category categoria, @Nullable String stato) {

        boolean accept(ReviewItem item, String user) {
            return (canale == null || canale.isBlank() || canale.equals(item.interaction().channelId()))
                    && (categoria == null || item.suggestion().categories().contains(categoria))
                    && (stato == null || stato.isBlank() || switch (stato) {
                        case "libero" -> item.claimedBy() == null;
                        case "miei" -> user.equals(item.claimedBy());
                        case "presi" -> item.claimedBy() != null;
                        default -> true;
                    });
        }

        void keep(RedirectAttributes redirect) {
            if (canale != null && !canale.isBlank()) {
                redirect.addAttribute("canale", canale);
            }
            if (categoria != null) {
                redirect.addAttribute("categoria", categoria.name());
            }
            if (stato != null && !stato.isBlank()) {
                redirect.addAttribute("stato", stato);
            }
        }
    }

    @GetMapping
    String queue(@PathVariable String ente, Filters filters, @RequestParam(defaultValue = "1") int pagina,
            Principal principal, Model model) {
        var member = frame.open(model, principal, ente, ConsoleFrame.Section.QUEUE);
        List<ReviewItem> items = moderation.reviewQueue(ente, QUEUE_LIMIT).stream()
                .filter(item -> filters.accept(item, member.username()))
                .sorted(Comparator.comparingInt(ReviewItem::severity).reversed()
                        .thenComparing(item -> item.interaction().createdAt(), Comparator.reverseOrder()))
                .toList();
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.clamp(pagina, 1, pages);
        model.addAttribute("total", items.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("entries", items.subList((current - 1) * PAGE_SIZE, Math.min(items.size(), current * PAGE_SIZE))
                .stream().map(item -> QueueEntry.of(item, member.username())).toList());
        model.addAttribute("filters", filters);
        model.addAttribute("channels", policies.current(ente).orElseThrow().policy().channels().stream()
                .map(Channel::id).toList());
        model.addAttribute("categories", Category.values());
        model.addAttribute("canDecide", member.can(ente, ConsoleFrame.DECIDERS));
        return "console/queue";
    }

    @PostMapping("/{id}/presa")
    String claim(@PathVariable String ente, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean rilascia,
            Filters filters, Principal principal, Locale locale, RedirectAttributes redirect) {
        var member = frame.decider(principal, ente);
        ClaimOutcome outcome = rilascia ? moderation.release(ente, id, member.username())
                : moderation.claim(ente, id, member.username());
        String notice = switch (outcome) {
            case ClaimOutcome.Claimed c -> messages.getMessage(rilascia ? "queue.released" : "queue.claimed", null, locale);
            case ClaimOutcome.HeldByAnother h -> messages.getMessage("queue.heldBy", new Object[] {h.claimedBy()}, locale);
            case ClaimOutcome.NotInQueue n -> messages.getMessage("queue.notInQueue", null, locale);
        };
        redirect.addFlashAttribute(outcome instanceof ClaimOutcome.Claimed ? "notice" : "problem", notice);
        filters.keep(redirect);
        return "redirect:/console/{ente}/coda";
    }

    @PostMapping("/{id}/decisione")
    String decide(@PathVariable String ente, @PathVariable UUID id, @RequestParam ContentAction azione,
            @RequestParam(name = "categorie", required = false) @Nullable List<Category> categorie,
            @RequestParam(required = false) @Nullable String nota, Filters filters, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        var member = frame.decider(principal, ente);
        HumanDecisionOutcome outcome = moderation.decide(ente, id, member.username(), azione,
                azione == ContentAction.KEEP || categorie == null ? List.of()
                        : categorie.stream().filter(java.util.Objects::nonNull).distinct().toList(),
                nota == null || nota.isBlank() ? null : nota.strip());
        switch (outcome) {
            case HumanDecisionOutcome.Recorded r -> redirect.addFlashAttribute("notice", messages.getMessage(
                    "queue.decided", new Object[] {messages.getMessage("action." + azione, null, locale)}, locale));
            case HumanDecisionOutcome.Refused r -> redirect.addFlashAttribute("problem", r.reason());
        }
        filters.keep(redirect);
        return "redirect:/console/{ente}/coda";
    }

    @PostMapping("/autore")
    String removeAllOfAuthor(@PathVariable String ente, @RequestParam String autore,
            @RequestParam(required = false) @Nullable String nota, Filters filters, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        var member = frame.decider(principal, ente);
        int removed = 0;
        int refused = 0;
        for (ReviewItem item : moderation.reviewQueue(ente, QUEUE_LIMIT)) {
            if (!autore.equals(item.interaction().authorId())) {
                continue;
            }
            HumanDecisionOutcome outcome = moderation.decide(ente, item.interaction().id(), member.username(),
                    ContentAction.REMOVE, item.suggestion().categories(), nota == null || nota.isBlank() ? null : nota.strip());
            if (outcome instanceof HumanDecisionOutcome.Recorded) {
                removed++;
            } else {
                refused++;
            }
        }
        redirect.addFlashAttribute(refused == 0 ? "notice" : "problem",
                messages.getMessage("queue.bulkRemoved", new Object[] {removed, refused}, locale));
        filters.keep(redirect);
        return "redirect:/console/{ente}/coda";
    }
}
