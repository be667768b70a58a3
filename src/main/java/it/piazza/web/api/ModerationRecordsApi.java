package it.piazza.web.api;

import it.piazza.accounts.Role;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.Sanction;
import it.piazza.reporting.TransparencyReport;
import it.piazza.reporting.TransparencyReports;
import it.piazza.web.EnteAccess;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Authors' measures, evidence packages and the transparency report. */
@RestController
@RequestMapping("/api/enti/{ente}")
class ModerationRecordsApi {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final Moderation moderation;
    private final TransparencyReports reports;
    private final EnteAccess access;

    ModerationRecordsApi(Moderation moderation, TransparencyReports reports, EnteAccess access) {
        this.moderation = moderation;
        this.reports = reports;
        this.access = access;
    }

    @GetMapping("/authors/{author}/sanctions")
    List<Sanction> sanctions(@PathVariable String ente, @PathVariable String author, Principal principal) {
        access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.AUDITOR);
        return moderation.sanctions(ente, author);
    }

    @PostMapping("/sanctions/{id}/permanent")
    ResponseEntity<?> confirmPermanent(@PathVariable String ente, @PathVariable UUID id, Principal principal) {
        access.require(principal, ente, Role.MANAGER, Role.ADMIN);
        return moderation.confirmPermanentBan(ente, id, principal.getName())
                .<ResponseEntity<?>>map(reason -> Problems.of(HttpStatus.CONFLICT, "Permanent ban refused", reason, "id"))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/decisions/{id}/evidence")
    ResponseEntity<?> evidence(@PathVariable String ente, @PathVariable UUID id, Principal principal) {
        access.require(principal, ente, Role.MANAGER, Role.ADMIN, Role.AUDITOR);
        return moderation.evidencePackage(ente, id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "No evidence",
                        "No evidence package for decision " + id + " (kept only for hidden or removed content)", "id"));
    }

    @GetMapping("/transparency")
    TransparencyReport transparency(@PathVariable String ente,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Principal principal) {
        access.require(principal, ente, Role.MANAGER, Role.ADMIN, Role.AUDITOR, Role.VIEWER);
        Instant start = from.atStartOfDay(ROME).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ROME).toInstant();
        return reports.report(ente, start, end);
    }
}
