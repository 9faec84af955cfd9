package org.gridvoice.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.Confirmation;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.casework.VoteLine;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.voting.VotingMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Cases routed before V32 kept their vote line and residents' answers as positional strings; V32
 * turns them into columns. On a fresh schema migrated to just before V32, old rows are written as
 * the old code wrote them, then V32 runs and the case page's queries read them back.
 */
@GridVoiceTest
class TypedSnapshotMigrationTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    private final String schema = "gv_v32_" + System.nanoTime();
    private SingleConnectionDataSource old;

    @BeforeEach
    void aSchemaJustBeforeV32() throws java.sql.SQLException {
        jdbc.sql("CREATE DATABASE " + schema).update();
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        String url = app.getJdbcUrl().replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + schema);
        old = new SingleConnectionDataSource(url, app.getUsername(), app.getPassword(), true);
        old.setAutoCommit(true);
        // the newest migration before V32, whichever it is (Flyway wants a target that exists)
        MigrationVersion before = Arrays.stream(flyway().load().info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .filter(v -> !v.isAtLeast("32")).max(MigrationVersion::compareTo).orElseThrow();
        flyway().target(before).load().migrate();
    }

    @AfterEach
    void dropIt() {
        old.destroy();
        jdbc.sql("DROP DATABASE " + schema).update();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(old).locations("classpath:db/migration");
    }

    /** A case row and its timeline as the code before V32 wrote them (other tables left out: foreign keys are off). */
    private long oldCase(long proposalId, String vote) {
        JdbcClient db = JdbcClient.create(old);
        db.sql("SET FOREIGN_KEY_CHECKS = 0").update();
        return db.sql("""
                INSERT INTO casework_case (proposal_id, consultation_id, street_id, community_id, grid_id, category_id, status, office_id,
                    fallback, response_hours, response_due_at, resolution_due_at, routed_by, routed_at, snap_title, snap_body,
                    snap_body_html, snap_author, snap_category_zh, snap_category_en, snap_grid, snap_endorsements, snap_consultation,
                    snap_vote)
                VALUES (:p, 1, 1, 1, 1, 1, 'RESOLVED', 1, FALSE, 24, :now, :now, 1, :now, '路灯', '修路灯', '<p>修路灯</p>', '居民',
                    '市政', 'Municipal', '第一网格', 3, '议事', :vote) RETURNING id""")
                .param("p", proposalId).param("now", LocalDateTime.of(2026, 5, 1, 9, 0)).param("vote", vote).query(Long.class).single();
    }

    private void oldEvent(long caseId, int minute, String kind, String note) {
        JdbcClient.create(old).sql("INSERT INTO casework_event (case_id, at, kind, office_id, note, internal) VALUES (:c, :at, :k, 1, :n, FALSE)")
                .param("c", caseId).param("at", LocalDateTime.of(2026, 5, 2, 9, minute)).param("k", kind).param("n", note).update();
    }

    @Test
    void a_positional_vote_line_reads_back_with_the_same_numbers() {
        long yesNo = oldCase(1, "YES_NO_ABSTAIN;57;12;3;0;72;130;true");
        long approval = oldCase(2, "APPROVAL;0;0;0;41;88;250;true");

        flyway().load().migrate();

        CaseQueries queries = new CaseQueries(JdbcClient.create(old));
        assertThat(queries.page(yesNo).orElseThrow().snapshot().vote())
                .isEqualTo(new VoteLine(VotingMethod.YES_NO_ABSTAIN, 57, 12, 3, 0, 72, 130, true));
        assertThat(queries.page(approval).orElseThrow().snapshot().vote())
                .isEqualTo(new VoteLine(VotingMethod.APPROVAL, 0, 0, 0, 41, 88, 250, true));
    }

    @Test
    void a_residents_positional_answers_become_a_confirmation_and_the_note_keeps_only_their_comment() {
        long caseId = oldCase(3, "RANKED;0;0;0;20;40;90;true");
        oldEvent(caseId, 0, "RESOLVED", "已更换灯泡");
        oldEvent(caseId, 1, "CONFIRMED", "resolution=PARTLY;satisfaction=FAIRLY\n还有一盏不亮;第二行");
        oldEvent(caseId, 2, "CONFIRMED", "resolution=RESOLVED;satisfaction=SATISFIED");

        flyway().load().migrate();

        var events = new CaseQueries(JdbcClient.create(old)).events(caseId, true);
        assertThat(events).extracting(CaseQueries.EventRow::kind)
                .containsExactly(CaseEventKind.RESOLVED, CaseEventKind.CONFIRMED, CaseEventKind.CONFIRMED);
        assertThat(events.get(0).note()).isEqualTo("已更换灯泡");
        assertThat(events.get(0).confirmation()).isNull();
        assertThat(events.get(1).confirmation()).isEqualTo(new Confirmation(Resolution.PARTLY, Satisfaction.FAIRLY, "还有一盏不亮;第二行"));
        assertThat(events.get(1).note()).isEqualTo("还有一盏不亮;第二行");
        assertThat(events.get(2).confirmation()).isEqualTo(new Confirmation(Resolution.RESOLVED, Satisfaction.SATISFIED, null));
        assertThat(events.get(2).note()).isNull();
    }
}
