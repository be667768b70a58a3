package it.piazza.web.console;

import it.piazza.moderation.Appeal;
import it.piazza.moderation.AppealOutcome;
import it.piazza.moderation.Appeals;
import it.piazza.moderation.Decision;
import it.piazza.moderation.Interaction;
import it.piazza.moderation.Moderation;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
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
 * The appeals queue: open appeals first, each with the contested decision and the comment; a person other
 * than the one who decided upholds or reverses it, with a note for the citizen.
 */
@Controller
class AppealsController {

    private static final int LIMIT = 200;

    private final ConsoleFrame frame;
    private final Appeals appeals;
    private final Moderation moderation;
    private final MessageSource messages;

    AppealsController(ConsoleFrame frame, Appeals appeals, Moderation moderation, MessageSource messages) {
        this.frame = frame;
        this.appeals = appeals;
        this.moderation = moderation;
        this.messages = messages;
    }

    /**
     * An appeal as the page shows it.
     *
     * @param appeal the appeal
     * @param decision the contested decision
     * @param interaction the comment it was about
     * @param samePerson whether the signed-in person took the contested decision (and so may not decide)
     */
    record AppealCase(Appeal appeal, Decision decision, @Nullable Interaction interaction, boolean samePerson) {
    }

    @GetMapping("/console/{ente}/ricorsi")
    String appeals(@PathVariable String ente, Principal principal, Model model) {
        var member = frame.open(model, principal, ente, ConsoleFrame.Section.APPEALS);
        List<AppealCase> cases = appeals.list(ente, LIMIT).stream().map(a -> {
            Decision decision = moderation.decision(ente, a.decisionId()).orElseThrow();
            return new AppealCase(a, decision, moderation.interaction(ente, decision.interactionId()).orElse(null),
                    decision.decidedBy().equals(member.username()));
        }).toList();
        model.addAttribute("cases", cases);
        model.addAttribute("canDecide", member.can(ente, ConsoleFrame.APPEAL_DECIDERS));
        return "console/appeals";
    }

    @PostMapping("/console/{ente}/ricorsi/{id}/decisione")
    String decide(@PathVariable String ente, @PathVariable UUID id, @RequestParam String esito,
            @RequestParam String nota, Principal principal, Locale locale, RedirectAttributes redirect) {
        var member = frame.appealDecider(principal, ente);
        boolean reverse = switch (esito) {
            case "accoglie" -> true;
            case "respinge" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Esito sconosciuto: " + esito);
        };
        if (nota.isBlank()) {
            redirect.addFlashAttribute("problem", messages.getMessage("appeals.noteRequired", null, locale));
            return "redirect:/console/{ente}/ricorsi";
        }
        switch (appeals.decide(ente, id, member.username(), reverse, nota.strip())) {
            case AppealOutcome.Done d -> redirect.addFlashAttribute("notice",
                    messages.getMessage(reverse ? "appeals.reversed" : "appeals.upheld", null, locale));
            case AppealOutcome.Refused r -> redirect.addFlashAttribute("problem", r.reason());
        }
        return "redirect:/console/{ente}/ricorsi";
    }
}
