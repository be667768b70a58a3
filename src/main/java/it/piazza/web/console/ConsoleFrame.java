package it.piazza.web.console;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import it.piazza.policy.PolicyVersions;
import it.piazza.web.EnteAccess;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every console page shows around its content: who is signed in, the entes they may act for (the ente
 * switcher) and the sections their roles open. It also enforces the roles a page needs.
 */
@Component
class ConsoleFrame {

    /** A section of the console and the roles that open it. */
    enum Section {
        DASHBOARD("", Role.values()),
        QUEUE("coda", Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.VIEWER),
        APPEALS("ricorsi", Role.MANAGER, Role.ADMIN, Role.AUDITOR),
        INBOX("messaggi", Role.EDITOR, Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.VIEWER),
        /** checks a draft post against the law and the ente's policy before it is published */
        DRAFT_CHECK("post", Role.EDITOR, Role.MODERATOR, Role.MANAGER, Role.ADMIN),
        AUDIT("audit", Role.AUDITOR, Role.ADMIN, Role.MANAGER),
        /** the ente's pages on the built-in sandbox platform */
        SANDBOX("sandbox", Role.values()),
        /** connections, capabilities and the outbox; only administrators change them, moderators settle manual actions */
        CHANNELS("canali", Role.ADMIN, Role.MANAGER, Role.MODERATOR, Role.AUDITOR),
        /** reached from the queue, not from the navigation */
        AUTHOR("autori", Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.VIEWER, Role.AUDITOR);

        private final String path;
        private final Role[] roles;

        Section(String path, Role... roles) {
            this.path = path;
            this.roles = roles;
        }

        String path() {
            return path;
        }

        Role[] roles() {
            return roles.clone();
        }
    }

    /**
     * A section in the console's navigation.
     *
     * @param section the section's name
     * @param href where it is
     */
    record Link(String section, String href) {
    }

    /** The roles that may decide on comments in the queue. */
    static final Role[] DECIDERS = {Role.MODERATOR, Role.MANAGER, Role.ADMIN};

    /** The roles that may write on a sandbox page as a citizen. */
    static final Role[] SANDBOX_WRITERS = {Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.EDITOR};

    /** The roles that may decide appeals. */
    static final Role[] APPEAL_DECIDERS = {Role.MANAGER, Role.ADMIN};

    private final EnteAccess access;
    private final StaffAccounts accounts;
    private final PolicyVersions policies;

    ConsoleFrame(EnteAccess access, StaffAccounts accounts, PolicyVersions policies) {
        this.access = access;
        this.accounts = accounts;
        this.policies = policies;
    }

    /**
     * Checks that the person may open {@code section} for the ente and fills the frame of the page.
     *
     * @return the signed-in member
     * @throws ResponseStatusException 403 without the section's roles, 404 for an unknown ente
     */
    StaffMember open(Model model, Principal principal, String enteId, Section section) {
        PolicyVersions.EnteSummary ente = policies.entes().stream().filter(e -> e.id().equals(enteId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ente sconosciuto: " + enteId));
        StaffMember member = access.require(principal, enteId, section.roles());
        model.addAttribute("member", member);
        model.addAttribute("ente", ente);
        model.addAttribute("entes", entesOf(member));
        model.addAttribute("section", section.name());
        model.addAttribute("sections", java.util.Arrays.stream(Section.values())
                .filter(s -> s != Section.AUTHOR && member.can(enteId, s.roles()))
                .map(s -> new Link(s.name(), "/console/" + enteId + (s.path().isEmpty() ? "" : "/" + s.path()))).toList());
        return member;
    }

    /**
     * @return the signed-in member, who may decide on the ente's queue
     * @throws ResponseStatusException 403 otherwise
     */
    StaffMember decider(Principal principal, String enteId) {
        return access.require(principal, enteId, DECIDERS);
    }

    /**
     * @return the signed-in member, who may decide the ente's appeals
     * @throws ResponseStatusException 403 otherwise
     */
    StaffMember appealDecider(Principal principal, String enteId) {
        return access.require(principal, enteId, APPEAL_DECIDERS);
    }

    /**
     * @return the signed-in member, who holds one of {@code roles} for the ente
     * @throws ResponseStatusException 403 otherwise
     */
    StaffMember require(Principal principal, String enteId, Role... roles) {
        return access.require(principal, enteId, roles);
    }

    /** @return the redirect to {@code section} of the first ente the person may open it for, else to the console */
    String firstEnte(Principal principal, Section section) {
        StaffMember member = member(principal);
        return entesOf(member).stream().filter(e -> member.can(e.id(), section.roles())).findFirst()
                .map(e -> "redirect:/console/" + e.id() + "/" + section.path()).orElse("redirect:/console");
    }

    /** @return the entes the member holds at least one role for, in the order of the public list */
    List<PolicyVersions.EnteSummary> entesOf(StaffMember member) {
        return policies.entes().stream().filter(e -> member.can(e.id(), Role.values())).toList();
    }

    /** @return the signed-in member */
    StaffMember member(Principal principal) {
        return accounts.find(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Account non trovato"));
    }
}
