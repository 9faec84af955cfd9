package org.gridvoice.casework;

import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases and residents' answers written straight into the tables, for scorecards: a new office
 * per call so figures never mix with other tests' cases, and a proposal per case (the case's
 * foreign key) in a draft consultation of 幸福里 made through the service.
 */
@Component
public class ScorecardFixture {

    /** Far ahead, so the deadline clock never marks these cases late or escalated on its own. */
    private static final LocalDateTime FAR = LocalDateTime.of(2099, 1, 1, 0, 0);

    private final ConsultationService consultations;
    private final People people;
    private final JdbcClient jdbc;
    private Long consultation;
    private SignedInUser author;

    ScorecardFixture(ConsultationService consultations, People people, JdbcClient jdbc) {
        this.consultations = consultations;
        this.people = people;
        this.jdbc = jdbc;
    }

    public long office(String name) {
        return jdbc.sql("INSERT INTO place_office (street_id, name, kind) VALUES (1, :name, 'STREET_DEPARTMENT') RETURNING id")
                .param("name", name + " " + System.nanoTime()).query(Long.class).single();
    }

    public String officeName(long officeId) {
        return jdbc.sql("SELECT name FROM place_office WHERE id = :id").param("id", officeId).query(String.class).single();
    }

    /**
     * A case routed to the office at the time; {@code onTime} true / false for accepted within /
     * after the response deadline, null for never accepted.
     */
    public long routedCase(long officeId, LocalDateTime routedAt, CaseStatus status, Boolean onTime, int hops, boolean late,
                           boolean escalated) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        long proposal = jdbc.sql("""
                INSERT INTO proposal (consultation_id, author_id, title, body, category_id, grid_id, status, created_at)
                VALUES (:c, :a, '考核测试', '内容', :cat, 1, 'OPEN', :at) RETURNING id""")
                .param("c", consultation()).param("a", author.id()).param("cat", environment).param("at", routedAt).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO casework_case (proposal_id, consultation_id, street_id, community_id, grid_id, category_id, status, office_id,
                    fallback, hops, response_hours, response_due_at, resolution_due_at, accepted_at, accepted_late, closed_at, late_at,
                    escalated_at, routed_by, routed_at, snap_title, snap_body, snap_body_html, snap_author, snap_category_zh,
                    snap_category_en, snap_grid, snap_endorsements, snap_consultation, snap_vote_method, snap_vote_yes, snap_vote_no,
                    snap_vote_abstentions, snap_vote_approvals, snap_vote_turnout, snap_vote_electorate, snap_vote_accepted)
                VALUES (:p, :c, 1, 1, 1, :cat, :status, :office, FALSE, :hops, 24, :far, :far, :accepted, :acceptedLate, :closed, :late,
                    :escalated, :by, :at, '考核测试', '内容', '<p>内容</p>', '居民', '环境卫生', 'Environment', '第一网格', 0, '考核',
                    'YES_NO_ABSTAIN', 2, 0, 0, 0, 2, 3, TRUE)
                RETURNING id""")
                .param("p", proposal).param("c", consultation()).param("cat", environment).param("status", status.name())
                .param("office", officeId).param("hops", hops).param("far", FAR)
                .param("accepted", onTime == null ? null : routedAt.plusHours(1)).param("acceptedLate", onTime == null ? null : !onTime)
                .param("closed", status == CaseStatus.CLOSED ? routedAt.plusDays(3) : null)
                .param("late", late ? routedAt.plusDays(1) : null).param("escalated", escalated ? routedAt.plusDays(2) : null)
                .param("by", author.id()).param("at", routedAt).query(Long.class).single();
    }

    /**
     * A resident's request's case (诉求) routed to the office at the time, as filed: no proposal,
     * consultation, vote or committee member; {@code onTime} as for {@link #routedCase}.
     */
    public long requestCase(long officeId, LocalDateTime routedAt, CaseStatus status, Boolean onTime) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO casework_case (source, request_id, street_id, community_id, grid_id, category_id, status, office_id, fallback,
                    hops, response_hours, response_due_at, resolution_due_at, accepted_at, accepted_late, closed_at, routed_at, snap_title,
                    snap_body, snap_body_html, snap_author, snap_author_shown, snap_category_zh, snap_category_en, snap_grid, snap_endorsements)
                VALUES ('REQUEST', :request, 1, 1, 1, :cat, :status, :office, FALSE, 0, 24, :far, :far, :accepted, :acceptedLate, :closed,
                    :at, '诉求测试', '内容', '<p>内容</p>', '', FALSE, '环境卫生', 'Environment', '第一网格', 0)
                RETURNING id""")
                .param("request", System.nanoTime()).param("cat", environment).param("status", status.name()).param("office", officeId)
                .param("far", FAR).param("accepted", onTime == null ? null : routedAt.plusHours(1))
                .param("acceptedLate", onTime == null ? null : !onTime)
                .param("closed", status == CaseStatus.CLOSED ? routedAt.plusDays(3) : null).param("at", routedAt)
                .query(Long.class).single();
    }

    /**
     * A new case whose response deadline passed a day after routing with nobody accepting it (already
     * marked late, so the deadline clock leaves it alone); its resolution deadline is still ahead.
     */
    public long unansweredPastItsResponseDeadline(long officeId, LocalDateTime routedAt) {
        long id = routedCase(officeId, routedAt, CaseStatus.NEW, null, 0, true, false);
        jdbc.sql("UPDATE casework_case SET response_due_at = :due WHERE id = :id").param("due", routedAt.plusHours(24)).param("id", id)
                .update();
        return id;
    }

    /** An open case whose resolution deadline has passed (marked late and escalated already). */
    public long openPastItsResolutionDeadline(long officeId, LocalDateTime routedAt) {
        long id = routedCase(officeId, routedAt, CaseStatus.IN_PROGRESS, true, 0, true, true);
        jdbc.sql("UPDATE casework_case SET resolution_due_at = :due WHERE id = :id").param("due", routedAt.plusDays(7)).param("id", id)
                .update();
        return id;
    }

    /**
     * A case the office {@code from} got at {@code routedAt}, accepted (within its 24-hour response
     * deadline when {@code acceptedOnTime}, after it when false; never when null) and then transferred
     * with a reason to {@code to}, which holds it now, new, with a fresh deadline: the timeline of
     * the real workflow.
     */
    public long acceptedThenTransferred(long from, long to, LocalDateTime routedAt, Boolean acceptedOnTime) {
        long id = routedCase(to, routedAt, CaseStatus.NEW, null, 1, false, false);
        event(id, routedAt, "ROUTED", null, from);
        if (acceptedOnTime != null) {
            event(id, routedAt.plusHours(acceptedOnTime ? 2 : 30), "ACCEPTED", from, null);
        }
        event(id, routedAt.plusHours(40), "TRANSFERRED", from, to);
        return id;
    }

    private void event(long caseId, LocalDateTime at, String kind, Long office, Long toOffice) {
        jdbc.sql("""
                INSERT INTO casework_event (case_id, at, kind, office_id, to_office_id, note, internal)
                VALUES (:c, :at, :k, :o, :to, :note, FALSE)""")
                .param("c", caseId).param("at", at).param("k", kind).param("o", office).param("to", toOffice)
                .param("note", kind.equals("TRANSFERRED") ? "不属于本单位职责" : null).update();
    }

    /** A resident's answer in a confirmation round; null resolution means asked but not answered yet. */
    public void feedback(long caseId, int round, Resolution resolution, Satisfaction satisfaction) {
        jdbc.sql("""
                INSERT INTO casework_feedback (case_id, round_no, user_id, asked_at, resolution, satisfaction, answered_at)
                VALUES (:c, :r, :u, NOW(), :res, :sat, :answered)""")
                .param("c", caseId).param("r", round).param("u", people.resident().id())
                .param("res", resolution == null ? null : resolution.name()).param("sat", satisfaction == null ? null : satisfaction.name())
                .param("answered", resolution == null ? null : LocalDateTime.now()).update();
    }

    private synchronized Long consultation() {
        if (consultation == null) {
            long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
            author = people.resident();
            People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
            LocalDateTime open = LocalDateTime.now().plusDays(1);
            consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "考核测试 " + System.nanoTime(), "说明",
                    false, Set.of(1L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 1));
            People.signOut();
        }
        return consultation;
    }
}
