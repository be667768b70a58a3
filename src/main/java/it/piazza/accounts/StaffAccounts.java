package it.piazza.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local staff accounts (the embedded default; production may sign in with OpenID Connect instead), their
 * password hashes and their roles per ente.
 */
@Service
public class StaffAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return whether no account exists yet (first start) */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from staff_account").query(Integer.class).single() == 0;
    }

    /**
     * Creates an account.
     *
     * @param password the password in clear, hashed before it is stored
     * @param roles roles by ente id ({@link StaffMember#EVERY_ENTE} for all)
     */
    @Transactional
    public StaffMember create(String username, String displayName, String password, Map<String, Set<Role>> roles) {
        jdbc.sql("insert into staff_account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)")
                .params(username, displayName, passwords.encode(password), Timestamp.from(clock.instant())).update();
        roles.forEach((ente, set) -> set.forEach(role -> jdbc.sql(
                "insert into staff_role (username, ente_id, role) values (?, ?, ?)").params(username, ente, role.name()).update()));
        return new StaffMember(username, displayName, roles);
    }

    /** @return the member, or empty */
    @Transactional(readOnly = true)
    public Optional<StaffMember> find(String username) {
        record Row(String displayName, String enteId, String role) {
        }
        List<Row> rows = jdbc.sql("""
                select a.display_name, r.ente_id, r.role from staff_account a
                left join staff_role r on r.username = a.username where a.username = ? order by r.ente_id, r.role""")
                .param(username).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        rows.stream().filter(r -> r.enteId() != null).forEach(r ->
                roles.computeIfAbsent(r.enteId(), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(r.role())));
        return Optional.of(new StaffMember(username, rows.getFirst().displayName(), roles));
    }

    /** @return the members holding any of {@code roles} for the ente (directly or for every ente), by name */
    @Transactional(readOnly = true)
    public List<StaffMember> holding(String enteId, Role... roles) {
        List<String> usernames = jdbc.sql("select distinct username from staff_role where ente_id in (?, ?) order by username")
                .params(enteId, StaffMember.EVERY_ENTE).query(String.class).list();
        return usernames.stream().flatMap(u -> find(u).stream()).filter(m -> m.can(enteId, roles)).toList();
    }

    /** @return the stored password hash, for sign-in */
    @Transactional(readOnly = true)
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from staff_account where username = ?").param(username)
                .query(String.class).optional();
    }

    /** @return a new random password of 20 characters */
    public String newPassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
