package it.piazza.web;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Checks, on every page and API call, that the signed-in person holds a role for the ente at hand. */
@Component
public class EnteAccess {

    private final StaffAccounts accounts;

    EnteAccess(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * @return the signed-in member
     * @throws ResponseStatusException 403 when they hold none of {@code roles} for {@code enteId}
     */
    public StaffMember require(Principal principal, String enteId, Role... roles) {
        StaffMember member = accounts.find(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Account non trovato"));
        if (!member.can(enteId, roles)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Il profilo " + member.username() + " non ha i permessi necessari per l'ente " + enteId);
        }
        return member;
    }
}
