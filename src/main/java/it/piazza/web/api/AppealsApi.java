package it.piazza.web.api;

import it.piazza.accounts.Role;
import it.piazza.moderation.Appeal;
import it.piazza.moderation.AppealOutcome;
import it.piazza.moderation.Appeals;
import it.piazza.web.EnteAccess;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Appeals over HTTP: citizens file them without signing in; a different person decides them. */
@RestController
class AppealsApi {

    private final Appeals appeals;
    private final EnteAccess access;

    AppealsApi(Appeals appeals, EnteAccess access) {
        this.appeals = appeals;
        this.access = access;
    }

    /** A citizen's appeal. */
    record AppealRequest(UUID decision, String statement, @Nullable String contact) {
    }

    /** A person's decision on an appeal. */
    record AppealDecision(boolean reverse, String note) {
    }

    @PostMapping("/api/appeals")
    ResponseEntity<?> file(@RequestBody AppealRequest request) {
        if (request.decision() == null || request.statement() == null) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid appeal", "missing required field \""
                    + (request.decision() == null ? "decision" : "statement") + "\"",
                    request.decision() == null ? "decision" : "statement");
        }
        return outcome(appeals.file(request.decision(), request.statement(), request.contact()), HttpStatus.CREATED);
    }

    @GetMapping("/api/enti/{ente}/appeals")
    List<Appeal> list(@PathVariable String ente, Principal principal) {
        access.require(principal, ente, Role.MANAGER, Role.ADMIN, Role.AUDITOR);
        return appeals.list(ente, 200);
    }

    @PostMapping("/api/enti/{ente}/appeals/{id}/decision")
    ResponseEntity<?> decide(@PathVariable String ente, @PathVariable UUID id, @RequestBody AppealDecision request,
            Principal principal) {
        access.require(principal, ente, Role.MANAGER, Role.ADMIN);
        return outcome(appeals.decide(ente, id, principal.getName(), request.reverse(),
                request.note() == null ? "" : request.note()), HttpStatus.OK);
    }

    private static ResponseEntity<?> outcome(AppealOutcome outcome, HttpStatus success) {
        return switch (outcome) {
            case AppealOutcome.Done done -> ResponseEntity.status(success).body(done.appeal());
            case AppealOutcome.Refused refused -> Problems.of(HttpStatus.CONFLICT, "Appeal refused", refused.reason(), "appeal");
        };
    }
}
