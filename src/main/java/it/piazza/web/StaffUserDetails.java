package it.piazza.web;

import it.piazza.accounts.StaffAccounts;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs staff in with their local account. Roles are checked per ente by {@link EnteAccess}. */
@Component
class StaffUserDetails implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetails(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new User(username, hash, List.of(new SimpleGrantedAuthority("STAFF")));
    }
}
