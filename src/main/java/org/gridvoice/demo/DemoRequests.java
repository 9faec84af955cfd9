package org.gridvoice.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A few residents' requests, filed through the request service as the residents themselves (unlike
 * the SQL fixtures), so that they are routed by the responsibility list, on the audit chain, and
 * one has a neighbour's "me too".
 */
@Component
class DemoRequests {

    private final RequestService requests;
    private final JdbcClient jdbc;

    DemoRequests(RequestService requests, JdbcClient jdbc) {
        this.requests = requests;
        this.jdbc = jdbc;
    }

    void file() {
        try {
            Filed light = fileAs("resident03@gridvoice.demo", "municipal", 3L, "9 号楼门前", "31.204512", "121.428734",
                    "9 号楼门前的路灯已经一周不亮了，晚上回家很黑，老人容易摔倒。", true);
            fileAs("resident07@gridvoice.demo", "parking", 1L, "小区南门口", null, null,
                    "南门口共享单车乱停放，轮椅和婴儿车过不去。", false);
            fileAs("resident02@gridvoice.demo", "environment", 2L, "6 号楼 2 单元楼道", null, null,
                    "6 号楼 2 单元楼道里堆了很多纸箱和旧家具，一直没人清理。", false);
            actAs("resident08@gridvoice.demo");
            requests.support(light.requestId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Filed fileAs(String email, String category, long gridId, String address, String lat, String lng, String words,
                         boolean showName) {
        actAs(email);
        Long categoryId = jdbc.sql("SELECT id FROM place_category WHERE code = :c").param("c", category).query(Long.class).single();
        return requests.file(new RequestForm(categoryId, gridId, address, lat == null ? null : new BigDecimal(lat),
                lng == null ? null : new BigDecimal(lng), words, List.of(), showName));
    }

    private void actAs(String email) {
        record Account(Long id, String displayName) {
        }
        Account a = jdbc.sql("SELECT id, display_name FROM account_user WHERE email = :e").param("e", email).query(Account.class).single();
        SignedInUser user = new SignedInUser(a.id(), email, a.displayName(), true, Set.of(Role.RESIDENT), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
    }
}
