package org.gridvoice.support;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test people: creates confirmed accounts with roles in the database and acts as them. Each
 * call makes a new person, so tests never depend on each other's data.
 */
@Component
public class People {

    private static final AtomicInteger counter = new AtomicInteger();
    public static final long COMMUNITY_XINGFULI = 1L;
    public static final long COMMUNITY_MEIYUAN = 2L;
    public static final long GRID_XINGFULI_1 = 1L;
    public static final long GRID_MEIYUAN_1 = 4L;

    private final JdbcClient jdbc;

    public People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SignedInUser create(Role role, Long scopeId) {
        String email = "person" + counter.incrementAndGet() + "-" + System.nanoTime() + "@test.gridvoice";
        Long id = jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:email, '{noop}unused', :name, 'zh-CN', 'IMMEDIATE', TRUE, :now) RETURNING id""")
                .param("email", email).param("name", "测试" + counter.get()).param("now", LocalDateTime.now())
                .query(Long.class).single();
        Set<Role> roles = EnumSet.of(Role.RESIDENT, role);
        for (Role r : roles) {
            jdbc.sql("INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at) VALUES (:u, :r, :c, :o, NOW())")
                    .param("u", id).param("r", r.name())
                    .param("c", r.scopedToCommunity() ? scopeId : null).param("o", r.scopedToOffice() ? scopeId : null)
                    .update();
        }
        return new SignedInUser(id, email, "测试" + counter.get(), true, roles, null);
    }

    public SignedInUser resident() {
        return create(Role.RESIDENT, null);
    }

    /** A resident whose residency in the grid the committee has approved. */
    public SignedInUser verifiedResidentOf(long gridId) {
        SignedInUser resident = resident();
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                SELECT :u, community_id, id, '1号楼', '1单元', '101', 'APPROVED', NOW(), NOW() FROM place_grid WHERE id = :g""")
                .param("u", resident.id()).param("g", gridId).update();
        return resident;
    }

    public SignedInUser admin() {
        return create(Role.ADMIN, null);
    }

    public SignedInUser committeeOf(long communityId) {
        return create(Role.COMMITTEE, communityId);
    }

    /** Makes the user the signed-in user of this thread (services read it through CurrentUser). */
    public static void actAs(SignedInUser user) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
