package it.piazza.accounts;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account yet) creates the administrator {@code admin} with a random password and
 * prints how to sign in. The password is shown once and stored only as a hash.
 */
@Component
@Order(10)
class FirstStartAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAdministrator.class);

    private final StaffAccounts accounts;

    FirstStartAdministrator(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        String password = accounts.newPassword();
        accounts.create("admin", "Amministratore", password, Map.of(StaffMember.EVERY_ENTE, Set.of(Role.ADMIN, Role.MANAGER)));
        log.info("\n\n  First start: sign in as \"admin\" with password \"{}\" (shown only now; change it after signing in)\n",
                password);
    }
}
