package it.piazza.web.console;

import it.piazza.audit.AuditEntry;
import it.piazza.audit.AuditLog;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: the ente's log, newest first, filtered by action and actor, and whether its chain is whole. */
@Controller
class AuditController {

    private static final int LIMIT = 500;

    private final ConsoleFrame frame;
    private final AuditLog audit;
    private final AuditDetails details;

    AuditController(ConsoleFrame frame, AuditLog audit, AuditDetails details) {
        this.frame = frame;
        this.audit = audit;
        this.details = details;
    }

    /**
     * An entry as the page shows it.
     *
     * @param entry the stored entry
     * @param details its details in words
     */
    record Row(AuditEntry entry, List<AuditDetails.Detail> details) {
    }

    @GetMapping("/console/{ente}/audit")
    String audit(@PathVariable String ente, @RequestParam(required = false) @Nullable String azione,
            @RequestParam(required = false) @Nullable String attore, Principal principal, Locale locale, Model model) {
        frame.open(model, principal, ente, ConsoleFrame.Section.AUDIT);
        String action = azione == null || azione.isBlank() ? null : azione.strip();
        String actor = attore == null || attore.isBlank() ? null : attore.strip();
        List<AuditEntry> entries = audit.entries(ente, action, LIMIT).stream()
                .filter(e -> actor == null || e.actor().equalsIgnoreCase(actor)).toList();
        model.addAttribute("entries", entries.stream().map(e -> new Row(e, details.of(e.details(), locale))).toList());
        model.addAttribute("azione", action);
        model.addAttribute("attore", actor);
        model.addAttribute("verification", audit.verify(ente));
        return "console/audit";
    }
}
