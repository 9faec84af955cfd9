package org.gridvoice.browser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.domain.TimelineStep;

/**
 * Grows the demo data to full pages through the app's own tables: the demo consultation with the
 * most proposals gets copies of one of them until 50 are listed (neither withdrawn nor merged), and
 * the demo case with the longest public timeline is taken by its office, which then posts public
 * progress updates until the timeline shows 100 steps. Each update is written as the app writes one (casework's CaseStore): the timeline row and,
 * in the same transaction, its entry queued for the audit chain, so the case page also lists 100
 * chain links once the app's sealer has run.
 */
record FullPagesSeed(long consultationId, int proposals, long caseId, int timelineSteps) {

    private static final String[] PLACES = {"楼道", "非机动车棚", "小区南门", "垃圾厢房", "健身步道", "地下车库", "沿街商铺", "绿化带", "儿童游乐区", "老年活动室"};
    private static final String[] WISHES = {"加装照明并定期检修", "清理堆物保持消防通道畅通", "增设充电桩并规范停放", "改为分时开放方便老人出行",
        "更换破损地砖防止雨天滑倒", "增加座椅和遮阳设施", "夜间噪音扰民请加强管理", "增设无障碍坡道和扶手"};

    static FullPagesSeed into(Connection db, int proposals, int timelineSteps) throws SQLException {
        db.setAutoCommit(false);
        long consultation = single(db, """
                SELECT consultation_id FROM proposal WHERE status NOT IN ('WITHDRAWN', 'MERGED')
                GROUP BY consultation_id ORDER BY COUNT(*) DESC, consultation_id LIMIT 1""");
        int listed = (int) single(db, "SELECT COUNT(*) FROM proposal WHERE status NOT IN ('WITHDRAWN', 'MERGED') AND consultation_id = " + consultation);
        long template = single(db, "SELECT MAX(id) FROM proposal WHERE status NOT IN ('WITHDRAWN', 'MERGED') AND consultation_id = " + consultation);
        copyProposal(db, template, proposals - listed);

        long caseId = single(db, """
                SELECT case_id FROM casework_event WHERE internal = FALSE GROUP BY case_id ORDER BY COUNT(*) DESC, case_id LIMIT 1""");
        int shown = (int) single(db, "SELECT COUNT(*) FROM casework_event WHERE internal = FALSE AND case_id = " + caseId);
        addSteps(db, caseId, timelineSteps - shown);
        db.commit();
        return new FullPagesSeed(consultation, proposals, caseId, timelineSteps);
    }

    /** Waits until the app's audit sealer has chained every queued entry (it runs every second). */
    static void awaitSealed(Connection db) throws SQLException, InterruptedException {
        db.setAutoCommit(true);
        for (int i = 0; i < 120 && single(db, "SELECT COUNT(*) FROM audit_queue") > 0; i++) {
            Thread.sleep(500);
        }
        if (single(db, "SELECT COUNT(*) FROM audit_queue") > 0) {
            throw new IllegalStateException("The audit sealer left entries in audit_queue for a minute");
        }
    }

    private static void copyProposal(Connection db, long template, int copies) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'proposal'
                AND column_name NOT IN ('id', 'title', 'created_at') ORDER BY ordinal_position""")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        String kept = String.join(", ", columns);
        try (PreparedStatement copy = db.prepareStatement("INSERT INTO proposal (title, created_at, " + kept + ") SELECT ?, ?, " + kept
                + " FROM proposal WHERE id = ?")) {
            LocalDateTime start = LocalDateTime.now().minusDays(copies);
            for (int i = 0; i < copies; i++) {
                copy.setString(1, (i % 12 + 1) + " 号楼" + PLACES[i % PLACES.length] + WISHES[i % WISHES.length]);
                copy.setTimestamp(2, Timestamp.valueOf(start.plusDays(i)));
                copy.setLong(3, template);
                copy.executeUpdate();
            }
        }
    }

    /** The case's office takes it (ACCEPTED), then posts public progress updates (UPDATED): {@code steps} steps in all. */
    private static void addSteps(Connection db, long caseId, int steps) throws SQLException {
        long officeId = single(db, "SELECT office_id FROM casework_case WHERE id = " + caseId);
        long actorId = single(db, "SELECT MIN(user_id) FROM account_role_grant WHERE role IN ('OFFICER', 'OFFICE_LEAD') AND office_id = " + officeId);
        LocalDateTime first = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS).minusMinutes(steps + 1L);
        try (PreparedStatement event = db.prepareStatement("""
                INSERT INTO casework_event (case_id, at, kind, actor_id, office_id, to_office_id, note, internal)
                VALUES (?, ?, ?, ?, ?, NULL, ?, FALSE)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement queued = db.prepareStatement("""
                INSERT INTO audit_queue (id, occurred_at, kind, object_type, object_id, actor_ref, payload) VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement status = db.prepareStatement(
                     "UPDATE casework_case SET status = 'IN_PROGRESS', accepted_at = ?, accepted_late = FALSE WHERE id = ? AND status = 'NEW'")) {
            for (int i = 0; i < steps; i++) {
                LocalDateTime at = first.plusMinutes(i);
                CaseEventKind kind = i == 0 ? CaseEventKind.ACCEPTED : CaseEventKind.UPDATED;
                String note = i == 0 ? "已受理，将安排人员现场查看。" : "第 " + i + " 次进展：已联系物业与施工方现场查看" + PLACES[i % PLACES.length] + "，"
                        + WISHES[i % WISHES.length] + "，预计本周内完成，完成后请居民反馈。";
                event.setLong(1, caseId);
                event.setTimestamp(2, Timestamp.valueOf(at));
                event.setString(3, kind.name());
                event.setLong(4, actorId);
                event.setLong(5, officeId);
                event.setString(6, note);
                event.executeUpdate();
                long eventId;
                try (ResultSet key = event.getGeneratedKeys()) {
                    key.next();
                    eventId = key.getLong(1);
                }
                AuditRecord record = new TimelineStep(eventId, caseId, at, kind, actorId, officeId, null, note, null).auditRecord();
                queued.setLong(1, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
                // queued when written, as AuditLog does; the sealer chains them in this order
                queued.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.MICROS).plusNanos(i * 1000L)));
                queued.setString(3, record.kind());
                queued.setString(4, record.objectType());
                queued.setLong(5, record.objectId());
                queued.setString(6, record.actorRef());
                queued.setString(7, record.payload());
                queued.executeUpdate();
            }
            status.setTimestamp(1, Timestamp.valueOf(first));
            status.setLong(2, caseId);
            status.executeUpdate();
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
