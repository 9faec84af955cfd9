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
    private final DemoRequests requests;
    private final DemoBoundaries boundaries;
    private final DemoHistory history;
    private final DemoSurvey survey;
    private final boolean withHistory;

    DemoData(JdbcClient jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction, DemoRequests requests,
             DemoBoundaries boundaries, DemoHistory history, DemoSurvey survey,
             @org.springframework.beans.factory.annotation.Value("${gridvoice.demo.history:true}") boolean withHistory,
             @org.springframework.beans.factory.annotation.Value("${local.server.port:${server.port:8080}}") String port) {
        this.port = port;
        this.boundaries = boundaries;
        this.history = history;
        this.survey = survey;
        this.withHistory = withHistory;
        this.requests = requests;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAndAnnounce() {
        boolean empty = jdbc.sql("SELECT COUNT(*) FROM place_street").query(Long.class).single() == 0;
        if (empty) {
            transaction.executeWithoutResult(status -> seed());
            transaction.executeWithoutResult(status -> requests.file());
            List.of(1L, 2L).forEach(boundaries::drawFor);
            log.info("Demo data seeded");
        }
        // also into a demo database seeded before surveys existed
        boolean demoPeople = jdbc.sql("SELECT COUNT(*) FROM account_user WHERE email = 'committee@gridvoice.demo'").query(Long.class).single() > 0;
        if (demoPeople && !survey.seeded()) {
            try {
                transaction.executeWithoutResult(status -> survey.seed());
                log.info("Demo survey seeded");
            } catch (RuntimeException e) {
                log.warn("Demo survey not seeded", e);
            }
        }
        if (withHistory) {
            seedHistory();
        }
        printAccounts();
    }

    /**
     * A year of request history for the demo street's communities, once each (also for a database
     * seeded before the history existed, whose grids then get their boundaries too); the parking
     * hotspot only in the first community, so the street has one.
     */
    private void seedHistory() {
        List<Long> communities = jdbc.sql("""
                SELECT c.id FROM place_community c JOIN place_street s ON s.id = c.street_id
                WHERE s.code = 'xinhualu' AND NOT EXISTS (SELECT 1 FROM demo_history_run r WHERE r.community_id = c.id) ORDER BY c.id""")
                .query(Long.class).list();
        java.time.LocalDate today = java.time.LocalDate.now();
        for (Long community : communities) {
            long start = System.nanoTime();
            boundaries.drawFor(community);
            DemoHistory.Seeded seeded = history.seed(community, today, community == 1L);
            log.info("Demo history for community {}: {} requests, {} supports, hotspot grid {}, in {} ms", community, seeded.requests(),
                    seeded.supports(), seeded.hotspotGridId(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void seed() {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("INSERT INTO place_street (id, name, code) VALUES (1, '新华路街道', 'xinhualu')").update();
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
                (3, 1, '新华路街道城管科', 'STREET_DEPARTMENT', '021-6281 0100'),
                (4, 1, '新华路街道网格化综合管理中心', 'STREET_DEPARTMENT', '021-6281 0000')""").update();
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

        seedPeople(now);
        seedConsultation(now);
        seedVotingConsultation(now);
        seedMeeting(now);
        seedResponsibilities(now);
        seedInitiative(now);
    }

    /** One residents' initiative of 幸福里社区 collecting signatures, signed so far by the resident who opened it. */
    private void seedInitiative(LocalDateTime now) {
        var opener = jdbc.sql("""
                SELECT u.id AS user_id, r.community_id, r.grid_id, r.building, r.unit, r.room FROM account_user u JOIN account_residency r ON r.user_id = u.id
                WHERE u.email = 'resident03@gridvoice.demo' AND r.status = 'APPROVED'""")
                .query(org.gridvoice.account.VerifiedResident.class).single();
        Long id = jdbc.sql("""
                INSERT INTO initiative (community_id, title, body_markdown, body_html, opened_by, opened_at, status, signers, households)
                VALUES (1, '召开居民会议讨论加装电梯', :markdown, :html, :by, :at, 'OPEN', 1, 1) RETURNING id""")
                .param("markdown", "老楼加装电梯的申请已经拖了两年。请居委会召集**居民会议**，讨论加装方案和费用分摊。")
                .param("html", "<p>老楼加装电梯的申请已经拖了两年。请居委会召集<strong>居民会议</strong>，讨论加装方案和费用分摊。</p>")
                .param("by", opener.userId()).param("at", now.minusDays(2)).query(Long.class).single();
        jdbc.sql("INSERT INTO initiative_signature (initiative_id, user_id, household_key, signed_at) VALUES (:i, :u, :k, :at)")
                .param("i", id).param("u", opener.userId()).param("k", org.gridvoice.account.Households.key(opener))
                .param("at", now.minusDays(2)).update();
    }

    private void seedPeople(LocalDateTime now) {
        String hash = passwordEncoder.encode(DemoPeople.PASSWORD);
        for (DemoPeople.Person person : concat(concat(DemoPeople.staff(), DemoPeople.residents()), DemoPeople.laterStaff())) {
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

    /** One consultation of 幸福里社区 in its proposals phase, for grids 1 and 2, opened by the demo committee member. */
    private void seedConsultation(LocalDateTime now) {
        Long committee = jdbc.sql("SELECT id FROM account_user WHERE email = 'committee@gridvoice.demo'").query(Long.class).single();
        Long id = jdbc.sql("""
                INSERT INTO consultation (community_id, title, description, whole_community, endorsement_threshold, status,
                    proposals_open_at, proposals_close_at, voting_open_at, voting_close_at, announced_phase, created_by,
                    created_at, published_at)
                VALUES (1, '2026 年冬季楼道与停车环境整治', :description, FALSE, 5, 'PUBLISHED', :open, :close, :votingOpen,
                    :votingClose, 'PROPOSALS', :by, :created, :open) RETURNING id""")
                .param("description", """
                        居委会邀请第一、第二网格的居民就**冬季楼道堆物**和**夜间停车**提出建议。

                        | 时间 | 安排 |
                        |---|---|
                        | 两周内 | 居民提出建议、附议 |
                        | 第三周 | 协商讨论 |
                        | 第四周 | 投票表决 |

                        通过的建议将按责任清单转交网格站办理。
                        """)
                .param("open", now.minusDays(3)).param("close", now.plusDays(11)).param("votingOpen", now.plusDays(18))
                .param("votingClose", now.plusDays(25)).param("by", committee).param("created", now.minusDays(4))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO consultation_grid (consultation_id, grid_id) VALUES (:id, 1), (:id, 2)").param("id", id).update();
        jdbc.sql("""
                INSERT INTO consultation_category (consultation_id, category_id)
                SELECT :id, id FROM place_category WHERE code IN ('environment', 'parking')""").param("id", id).update();
        jdbc.sql("""
                INSERT INTO consultation_change (consultation_id, changed_at, changed_by, kind, detail) VALUES
                (:id, :created, :by, 'CREATED', NULL), (:id, :open, :by, 'PUBLISHED', NULL), (:id, :open, NULL, 'PHASE_CHANGED', 'PROPOSALS')""")
                .param("id", id).param("created", now.minusDays(4)).param("open", now.minusDays(3)).param("by", committee).update();
    }

    /**
     * A second consultation of 幸福里社区 whose voting has just opened, with approval rules and three
     * qualified proposals. It is seeded as still announced in deliberation, so the app's own phase
     * clock opens the vote a few seconds after start: rules lock and the electorate is taken as in real use.
     */
    private void seedVotingConsultation(LocalDateTime now) {
        Long committee = jdbc.sql("SELECT id FROM account_user WHERE email = 'committee@gridvoice.demo'").query(Long.class).single();
        Long id = jdbc.sql("""
                INSERT INTO consultation (community_id, title, description, whole_community, endorsement_threshold, status,
                    proposals_open_at, proposals_close_at, voting_open_at, voting_close_at, announced_phase, created_by,
                    created_at, published_at)
                VALUES (1, '幸福里社区公共空间微更新', :description, TRUE, 3, 'PUBLISHED', :open, :close, :votingOpen,
                    :votingClose, 'DELIBERATION', :by, :created, :open) RETURNING id""")
                .param("description", "全社区居民就公共空间微更新提出的建议已经协商完毕，现进入**投票**：每人最多选两项，得票最多的两项交网格站办理。")
                .param("open", now.minusDays(20)).param("close", now.minusDays(10)).param("votingOpen", now.minusMinutes(5))
                .param("votingClose", now.plusDays(7)).param("by", committee).param("created", now.minusDays(21))
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO consultation_category (consultation_id, category_id)
                SELECT :id, id FROM place_category WHERE code IN ('environment', 'municipal', 'care')""").param("id", id).update();
        jdbc.sql("""
                INSERT INTO consultation_change (consultation_id, changed_at, changed_by, kind, detail) VALUES
                (:id, :created, :by, 'CREATED', NULL), (:id, :open, :by, 'PUBLISHED', NULL), (:id, :open, NULL, 'PHASE_CHANGED', 'PROPOSALS'),
                (:id, :close, NULL, 'PHASE_CHANGED', 'DELIBERATION')""")
                .param("id", id).param("created", now.minusDays(21)).param("open", now.minusDays(20)).param("close", now.minusDays(10))
                .param("by", committee).update();
        jdbc.sql("""
                INSERT INTO voting_rules (consultation_id, method, approvals_per_voter, accepted_count, quorum_percent, threshold_percent,
                    visibility, one_per_household) VALUES (:id, 'APPROVAL', 2, 2, 20, 50, 'AFTER_OWN_VOTE', FALSE)""")
                .param("id", id).update();
        String[][] proposals = {
                {"resident02@gridvoice.demo", "5 号楼旁空地改建口袋花园", "environment", "2", "把 5 号楼旁堆放杂物的空地清理出来，种上花草，放两张长椅。"},
                {"resident03@gridvoice.demo", "小区主干道加装夜间照明", "municipal", "3", "9 号楼到大门的路段晚上很暗，老人走路不安全，建议加装 6 盏路灯。"},
                {"resident07@gridvoice.demo", "社区活动室增设老年助餐点", "care", "1", "每天中午在活动室提供助餐，方便行动不便的老人。"}};
        for (String[] p : proposals) {
            Long proposal = jdbc.sql("""
                    INSERT INTO proposal (consultation_id, author_id, title, body, category_id, grid_id, status, qualified,
                        endorsement_count, created_at, qualified_at, author_shown)
                    VALUES (:c, (SELECT id FROM account_user WHERE email = :author), :title, :body,
                        (SELECT id FROM place_category WHERE code = :category), :grid, 'QUALIFIED', TRUE, 3, :created, :qualified, TRUE) RETURNING id""")
                    .param("c", id).param("author", p[0]).param("title", p[1]).param("body", p[4]).param("category", p[2])
                    .param("grid", Long.valueOf(p[3])).param("created", now.minusDays(15)).param("qualified", now.minusDays(12))
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO proposal_endorsement (proposal_id, user_id, endorsed_at)
                    SELECT :p, id, :at FROM account_user
                    WHERE email IN ('resident08@gridvoice.demo', 'resident09@gridvoice.demo', 'resident13@gridvoice.demo')""")
                    .param("p", proposal).param("at", now.minusDays(12)).update();
        }
    }

    /** A published residents' meeting of 幸福里社区 next week, with two agenda items, one linked to a demo proposal. */
    private void seedMeeting(LocalDateTime now) {
        Long committee = jdbc.sql("SELECT id FROM account_user WHERE email = 'committee@gridvoice.demo'").query(Long.class).single();
        LocalDateTime start = now.plusDays(6).truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusHours(19);
        Long id = jdbc.sql("""
                INSERT INTO meeting (community_id, kind, title, description_markdown, description_html, starts_at, ends_at, place,
                    invited_parties, whole_community, status, created_by, created_at, published_at)
                VALUES (1, 'RESIDENTS_MEETING', '幸福里社区居民会议：公共空间与楼道', :md, :html, :start, :end, '幸福里社区居民活动室（3 号楼底层）',
                    '物业公司', TRUE, 'PUBLISHED', :by, :created, :created) RETURNING id""")
                .param("md", "全体居民会议，讨论**老年助餐点**和冬季楼道堆物整治。欢迎每户至少一位代表参加。")
                .param("html", "<p>全体居民会议，讨论<strong>老年助餐点</strong>和冬季楼道堆物整治。欢迎每户至少一位代表参加。</p>")
                .param("start", start).param("end", start.plusHours(2)).param("by", committee).param("created", now.minusDays(1))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO meeting_office (meeting_id, office_id) VALUES (:id, 1)").param("id", id).update();
        jdbc.sql("""
                INSERT INTO meeting_agenda_item (meeting_id, position, title, note_markdown, note_html, link_kind, link_id)
                SELECT :id, 1, '社区活动室增设老年助餐点', '居民提案，已在线附议。', '<p>居民提案，已在线附议。</p>', 'PROPOSAL', id
                FROM proposal WHERE title = '社区活动室增设老年助餐点'""").param("id", id).update();
        jdbc.sql("""
                INSERT INTO meeting_agenda_item (meeting_id, position, title, note_markdown, note_html)
                VALUES (:id, 2, '冬季楼道堆物整治', '请网格站介绍清理安排。', '<p>请网格站介绍清理安排。</p>')""").param("id", id).update();
    }

    /** The street's responsibility list (责任清单): a few entries, the default office and the coordinator. */
    private void seedResponsibilities(LocalDateTime now) {
        Long admin = jdbc.sql("SELECT id FROM account_user WHERE email = 'admin@gridvoice.demo'").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO responsibility_street_office (street_id, default_office_id, coordinator_office_id, default_response_hours,
                    default_resolution_days) VALUES (1, 4, 4, 24, 15)""").update();
        Object[][] entries = {
                {"environment", "COMMUNITY", 1L, 1L, 24, 7, "《新华路街道网格工作职责清单》第 3 条：网格内环境卫生巡查与处置"},
                {"environment", "COMMUNITY", 2L, 2L, 24, 7, "《新华路街道网格工作职责清单》第 3 条：网格内环境卫生巡查与处置"},
                {"property", "STREET", 1L, 1L, 48, 15, "《上海市住宅物业管理规定》第 68 条：居委会、街道对物业服务的监督"},
                {"municipal", "STREET", 1L, 3L, 48, 15, "《上海市市容环境卫生管理条例》：道路照明、公共设施的维护"},
                {"parking", "STREET", 1L, 3L, 24, 10, "《上海市道路交通管理条例》：非机动车和机动车停放秩序"},
                {"safety", "STREET", 1L, 3L, 12, 5, "《上海市消防条例》第 24 条：消防通道畅通"}};
        for (Object[] e : entries) {
            Long id = jdbc.sql("""
                    INSERT INTO responsibility_version (entry_id, street_id, category_id, place_level, place_id, lead_office_id, response_hours,
                        resolution_days, basis, effective_from, changed_by, changed_at)
                    VALUES (0, 1, (SELECT id FROM place_category WHERE code = :cat), :level, :place, :office, :rh, :rd, :basis, :from,
                        :by, :from) RETURNING id""")
                    .param("cat", e[0]).param("level", e[1]).param("place", e[2]).param("office", e[3]).param("rh", e[4])
                    .param("rd", e[5]).param("basis", e[6]).param("from", now.minusDays(30)).param("by", admin).query(Long.class).single();
            jdbc.sql("UPDATE responsibility_version SET entry_id = id WHERE id = :id").param("id", id).update();
        }
        // the grid station helps the street department with lighting in its own community
        jdbc.sql("""
                INSERT INTO responsibility_co_office (version_id, office_id)
                SELECT id, 1 FROM responsibility_version WHERE category_id = (SELECT id FROM place_category WHERE code = 'municipal')""").update();
    }

    private void grant(Long userId, String role, Long communityId, Long officeId, LocalDateTime now) {
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, community_id, office_id, granted_at) VALUES (:u, :r, :c, :o, :now)")
                .param("u", userId).param("r", role).param("c", communityId).param("o", officeId).param("now", now).update();
    }

    private void printAccounts() {
        StringBuilder banner = new StringBuilder("\n\n  GridVoice demo accounts (password for all: ").append(DemoPeople.PASSWORD).append(")\n");
        banner.append(String.format("  %-14s %s%n", "ADMIN", "admin@gridvoice.demo"));
        banner.append(String.format("  %-14s %s%n", "COMMITTEE", "committee@gridvoice.demo  (幸福里社区)"));
        banner.append(String.format("  %-14s %s%n", "COMMITTEE", "committee2@gridvoice.demo  (幸福里社区, second signatory / 第二签字人)"));
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
