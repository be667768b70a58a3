package it.piazza.accounts;

import java.util.Map;
import java.util.Set;

/**
 * A person who signs in to Piazza.
 *
 * @param username the sign-in name
 * @param displayName how the console shows them
 * @param roles their roles, by ente id; the key {@code *} means every ente
 */
public record StaffMember(String username, String displayName, Map<String, Set<Role>> roles) {

    /** The key of roles that hold for every ente. */
    public static final String EVERY_ENTE = "*";

    public StaffMember {
        roles = Map.copyOf(roles);
    }

    /** @return whether they hold any of {@code wanted} for {@code enteId} */
    public boolean can(String enteId, Role... wanted) {
        for (Role role : wanted) {
            if (roles.getOrDefault(enteId, Set.of()).contains(role)
                    || roles.getOrDefault(EVERY_ENTE, Set.of()).contains(role)) {
                return true;
            }
        }
        return false;
    }
}
