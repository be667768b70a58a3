package it.piazza.web.api;

import it.piazza.accounts.Role;
import it.piazza.detection.Category;
import it.piazza.moderation.ClaimOutcome;
import it.piazza.moderation.HumanDecisionOutcome;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.ReviewItem;
import it.piazza.policy.ContentAction;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue over HTTP: list, claim, release, decide. */
@RestController
@RequestMapping("/api/enti/{ente}/review-queue")
class ReviewApi {

    private final Moderation moderation;
    private final EnteAccess access;

    ReviewApi(Moderation moderation, EnteAccess access) {
        this.moderation = moderation;
        this.access = access;
    }

    /** A person's decision. */
    record HumanDecisionRequest(ContentAction action, @Nullable List<Category> categories, @Nullable String note) {
    }

    @GetMapping
    List<ReviewItem> queue(@PathVariable String ente, @RequestParam(defaultValue = "50") int limit, Principal principal) {
        access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN);
        return moderation.reviewQueue(ente, Math.min(Math.max(limit, 1), 500));
    }

    @PostMapping("/{interaction}/claim")
    ResponseEntity<?> claim(@PathVariable String ente, @PathVariable UUID interaction, Principal principal) {
        access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN);
        return claimed(moderation.claim(ente, interaction, principal.getName()));
    }

    @PostMapping("/{interaction}/release")
    ResponseEntity<?> release(@PathVariable String ente, @PathVariable UUID interaction, Principal principal) {
        access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN);
        return claimed(moderation.release(ente, interaction, principal.getName()));
    }

    @PostMapping("/{interaction}/decision")
    ResponseEntity<?> decide(@PathVariable String ente, @PathVariable UUID interaction,
            @RequestBody HumanDecisionRequest request, Principal principal) {
        access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN);
        if (request.action() == null) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid decision", "missing required field \"action\"", "action");
        }
        HumanDecisionOutcome outcome = moderation.decide(ente, interaction, principal.getName(), request.action(),
                request.categories() == null ? List.of() : request.categories(), request.note());
        return switch (outcome) {
            case HumanDecisionOutcome.Recorded recorded -> ResponseEntity.ok(DecisionJson.decision(recorded.decision()));
            case HumanDecisionOutcome.Refused refused ->
                    Problems.of(HttpStatus.CONFLICT, "Decision refused", refused.reason(), "action");
        };
    }

    private static ResponseEntity<?> claimed(ClaimOutcome outcome) {
        return switch (outcome) {
            case ClaimOutcome.Claimed claimed -> ResponseEntity.ok(claimed.item());
            case ClaimOutcome.HeldByAnother held -> Problems.of(HttpStatus.CONFLICT, "Held by another person",
                    "Il commento è in carico a " + held.claimedBy(), "interaction");
            case ClaimOutcome.NotInQueue none -> Problems.of(HttpStatus.NOT_FOUND, "Not in queue",
                    "Il commento non è in attesa di valutazione", "interaction");
        };
    }
}
