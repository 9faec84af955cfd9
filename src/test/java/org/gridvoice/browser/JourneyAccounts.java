package org.gridvoice.browser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Accounts for browser journeys, made directly in the database: they sign in with {@link #PASSWORD}. */
@Component
class JourneyAccounts {

    static final String PASSWORD = "journey-password";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    JourneyAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }


    /** A confirmed resident account that signs in with {@link #PASSWORD} and speaks English; returns its email. */
    String account(String name, String displayName) {
        String email = name + "@journey.gridvoice";
        Long id = jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:e, :h, :n, 'en', 'IMMEDIATE', TRUE, NOW()) RETURNING id""")
                .param("e", email).param("h", passwordEncoder.encode(PASSWORD)).param("n", displayName).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at) VALUES (:u, 'RESIDENT', NULL, NULL, NOW())")
                .param("u", id).update();
        return email;
    }

    void grant(String email, String role, long communityId) {
        jdbc.sql("""
                INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at)
                SELECT id, :r, :c, NULL, NOW() FROM account_user WHERE email = :e""")
                .param("r", role).param("c", communityId).param("e", email).update();
    }

    void resideIn(String email, long gridId) {
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                SELECT u.id, g.community_id, g.id, '1号楼', '1单元', '101', 'APPROVED', NOW(), NOW()
                FROM account_user u, place_grid g WHERE u.email = :e AND g.id = :g""")
                .param("e", email).param("g", gridId).update();
    }
}
