package it.piazza.web;

import it.piazza.moderation.AppealOutcome;
import it.piazza.moderation.Appeals;
import it.piazza.moderation.Decision;
import it.piazza.moderation.Moderation;
import it.piazza.policy.PolicyVersions;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public appeal form, reached from the link in a notice: the citizen sees what was decided and on which
 * rule, and explains why it is wrong. No sign-in; the decision id in the link is the only key.
 */
@Controller
class PublicAppealController {

    private final Moderation moderation;
    private final Appeals appeals;
    private final PolicyVersions policies;

    PublicAppealController(Moderation moderation, Appeals appeals, PolicyVersions policies) {
        this.moderation = moderation;
        this.appeals = appeals;
        this.policies = policies;
    }

    @GetMapping("/enti/{ente}/ricorsi/nuovo")
    String form(@PathVariable String ente, @RequestParam("decisione") UUID decisionId, Model model) {
        model.addAttribute("decision", decision(ente, decisionId));
        model.addAttribute("ente", policies.current(ente).orElseThrow().policy().ente());
        model.addAttribute("enteId", ente);
        return "public/appeal";
    }

    @PostMapping("/enti/{ente}/ricorsi")
    String file(@PathVariable String ente, @RequestParam("decisione") UUID decisionId,
            @RequestParam("motivazione") String statement, @RequestParam(value = "contatto", required = false) String contact,
            Model model) {
        Decision decision = decision(ente, decisionId);
        AppealOutcome outcome = appeals.file(decision.id(), statement, contact);
        model.addAttribute("decision", decision);
        model.addAttribute("ente", policies.current(ente).orElseThrow().policy().ente());
        model.addAttribute("enteId", ente);
        switch (outcome) {
            case AppealOutcome.Done done -> model.addAttribute("filed", done.appeal());
            case AppealOutcome.Refused refused -> {
                model.addAttribute("refusal", refused.reason());
                model.addAttribute("statement", statement);
            }
        }
        return "public/appeal";
    }

    private Decision decision(String ente, UUID decisionId) {
        Optional<Decision> decision = moderation.decision(ente, decisionId);
        return decision.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Decisione non trovata: controllare il collegamento ricevuto nell'avviso"));
    }
}
