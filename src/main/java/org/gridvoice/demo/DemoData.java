package org.gridvoice.demo;

import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo once (when there are no streets yet) and prints the demo accounts when the app
 * is ready. Seeded in SQL as fixtures, in one transaction: it is reference data, not use cases.
 */
@Component
@ConditionalOnProperty(name = "gridvoice.demo-data", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String port;

    DemoData(JdbcClient jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
             @org.springframework.beans.factory.annotation.Value("${local.server.port:${server.port:8080}}") String port) {
        this.port = port;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAndAnnounce() {
        boolean empty = jdbc.sql("SELECT COUNT(*) FROM place_street").query(Long.class).single() == 0;
        if (empty) {
            transaction.executeWithoutResult(status -> seed());
            log.info("Demo data seeded");
        }
        printAccounts();
    }

    private void seed() {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("INSERT INTO place_street (id, name) VALUES (1, '新华路街道')").update();
        jdbc.sql("""
                INSERT INTO place_community (id, street_id, name, address) VALUES
                (1, 1, '幸福里社区', '上海市长宁区新华路 211 弄'),
                (2, 1, '梅园社区', '上海市长宁区番禺路 380 弄')""").update();
        jdbc.sql("""
                INSERT INTO place_grid (id, community_id, name, description) VALUES
                (1, 1, '第一网格', '1-4 号楼'), (2, 1, '第二网格', '5-8 号楼'), (3, 1, '第三网格', '9-12 号楼及沿街商铺'),
                (4, 2, '第一网格', '1-4 号楼'), (5, 2, '第二网格', '5-8 号楼'), (6, 2, '第三网格', '9-12 号楼及菜场')""").update();
        jdbc.sql("""
                INSERT INTO place_office (id, street_id, name, kind, phone) VALUES
                (1, 1, '幸福里网格站', 'GRID_STATION', '021-6281 0001'),
                (2, 1, '梅园网格站', 'GRID_STATION', '021-6281 0002'),
                (3, 1, '新华路街道城管科', 'STREET_DEPARTMENT', '021-6281 0100')""").update();
        jdbc.sql("INSERT INTO place_office_grid (office_id, grid_id) VALUES (1, 1), (1, 2), (1, 3), (2, 4), (2, 5), (2, 6)").update();
        jdbc.sql("""
                INSERT INTO place_category (code, name_zh, name_en, sort_order) VALUES
                ('environment', '环境卫生', 'Environment and sanitation', 10),
                ('municipal', '市政设施', 'Municipal facilities', 20),
                ('property', '物业管理', 'Property management', 30),
                ('parking', '停车交通', 'Parking and traffic', 40),
                ('safety', '治安消防', 'Public safety and fire', 50),
                ('care', '养老助残', 'Elderly and disability care', 60),
                ('other', '其他', 'Other', 90)""").update();

        String hash = passwordEncoder.encode(DemoPeople.PASSWORD);
        for (DemoPeople.Person person : concat(DemoPeople.staff(), DemoPeople.residents())) {
            Long userId = jdbc.sql("""
                    INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                    VALUES (:email, :hash, :name, 'zh-CN', 'IMMEDIATE', TRUE, :now) RETURNING id""")
                    .param("email", person.email()).param("hash", hash).param("name", person.name()).param("now", now)
                    .query(Long.class).single();
            grant(userId, "RESIDENT", null, null, now);
            if (!"RESIDENT".equals(person.role())) {
                grant(userId, person.role(), "COMMITTEE".equals(person.role()) ? person.scopeId() : null,
                        person.role().startsWith("OFFICE") ? person.scopeId() : null, now);
            }
            if (person.residency() != null) {
                jdbc.sql("""
                        INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status,
                            requested_at, decided_at, decided_by)
                        VALUES (:user, :community, :grid, :building, :unit, :room, :status, :requested, :decided, :by)""")
                        .param("user", userId).param("community", person.gridId() <= 3 ? 1 : 2).param("grid", person.gridId())
                        .param("building", person.building()).param("unit", person.unit()).param("room", person.room())
                        .param("status", person.residency()).param("requested", now.minusDays(10))
                        .param("decided", "APPROVED".equals(person.residency()) ? now.minusDays(9) : null)
                        .param("by", "APPROVED".equals(person.residency()) ? (person.gridId() <= 3 ? 2 : 3) : null)
                        .update();
            }
        }
    }

    private void grant(Long userId, String role, Long communityId, Long officeId, LocalDateTime now) {
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at) VALUES (:u, :r, :c, :o, :now)")
                .param("u", userId).param("r", role).param("c", communityId).param("o", officeId).param("now", now).update();
    }

    private void printAccounts() {
        StringBuilder banner = new StringBuilder("\n\n  GridVoice demo accounts (password for all: ").append(DemoPeople.PASSWORD).append(")\n");
        banner.append(String.format("  %-14s %s%n", "ADMIN", "admin@gridvoice.demo"));
        banner.append(String.format("  %-14s %s%n", "COMMITTEE", "committee@gridvoice.demo  (幸福里社区)"));
        banner.append(String.format("  %-14s %s%n", "OFFICER", "officer@gridvoice.demo  (幸福里网格站)"));
        banner.append(String.format("  %-14s %s%n", "OFFICE_LEAD", "lead@gridvoice.demo  (幸福里网格站)"));
        banner.append(String.format("  %-14s %s%n", "RESIDENT", "resident@gridvoice.demo  (verification pending / 待审核)"));
        banner.append(String.format("  %-14s %s%n", "RESIDENT", "resident02@gridvoice.demo  (verified / 已认证)"));
        banner.append("  Demo passwords are for this demo only.\n");
        banner.append("  GridVoice is ready at http://localhost:").append(port).append("\n");
        log.info(banner.toString());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
