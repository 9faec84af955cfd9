package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.gridvoice.casework.CaseSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The three GROUP BY statements behind office scorecards, per office and month of routing
 * (ScorecardService documents what each number means). {@code officeId} null means every office,
 * {@code source} null cases of both sources (proposals' and requests').
 */
@Component
public class ScorecardQueries {

    private static final String CASES = """
            SELECT office_id, DATE_FORMAT(routed_at, '%Y-%m') AS month, COUNT(*) AS cases,
                   COUNT(CASE WHEN accepted_at IS NOT NULL OR response_due_at < :now THEN 1 END) AS responses_due,
                   COUNT(CASE WHEN accepted_at IS NOT NULL AND accepted_late = FALSE THEN 1 END) AS on_time,
                   COUNT(CASE WHEN status = 'CLOSED'
                              OR (status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS') AND resolution_due_at < :now) THEN 1 END) AS resolutions_due,
                   COUNT(CASE WHEN status = 'CLOSED' THEN 1 END) AS closed,
                   SUM(hops) AS hops,
                   COUNT(late_at) AS late,
                   COUNT(escalated_at) AS escalated
            FROM casework_case
            WHERE routed_at >= :from AND routed_at < :until {office} {source}
            GROUP BY office_id, DATE_FORMAT(routed_at, '%Y-%m')""";
    // each hand-off (t) by an office, with the step that gave the office the case (r) and its first acceptance in between
    private static final String HANDED_ON = """
            SELECT t.office_id, DATE_FORMAT(c.routed_at, '%Y-%m') AS month, COUNT(DISTINCT t.case_id) AS cases, COUNT(*) AS responses,
                   COUNT(CASE WHEN COALESCE((SELECT MIN(a.at) FROM casework_event a WHERE a.case_id = t.case_id AND a.kind = 'ACCEPTED'
                                               AND a.office_id = t.office_id AND a.at >= r.at AND a.at <= t.at), t.at)
                                   <= r.at + INTERVAL c.response_hours HOUR THEN 1 END) AS on_time
            FROM casework_event t
            JOIN casework_case c ON c.id = t.case_id
            JOIN casework_event r ON r.id = (
                SELECT g.id FROM casework_event g
                WHERE g.case_id = t.case_id AND g.to_office_id = t.office_id AND g.at <= t.at
                  AND g.kind IN ('ROUTED', 'TRANSFERRED', 'TO_COORDINATOR', 'REJECTED', 'ASSIGNED')
                ORDER BY g.at DESC, g.id DESC LIMIT 1)
            WHERE t.kind IN ('TRANSFERRED', 'REJECTED') AND c.routed_at >= :from AND c.routed_at < :until {office} {source}
            GROUP BY t.office_id, DATE_FORMAT(c.routed_at, '%Y-%m')""";
    private static final String ANSWERS = """
            SELECT c.office_id, DATE_FORMAT(c.routed_at, '%Y-%m') AS month, COUNT(*) AS answered,
                   COUNT(CASE WHEN f.satisfaction IN ('SATISFIED', 'FAIRLY') THEN 1 END) AS satisfied
            FROM casework_feedback f JOIN casework_case c ON c.id = f.case_id
            WHERE f.answered_at IS NOT NULL AND c.routed_at >= :from AND c.routed_at < :until {office} {source}
            GROUP BY c.office_id, DATE_FORMAT(c.routed_at, '%Y-%m')""";

    /** One office in one month ("YYYY-MM"). */
    public record Key(long officeId, String month) {
    }

    /** The cases an office holds now, routed in the month. */
    public record Counts(int cases, int responsesDue, int onTime, int resolutionsDue, int closed, long hops, int late, int escalated) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The cases an office handed on, and how many of its responses to them were on time. */
    public record HandedOn(int cases, int responses, int onTime) {

        public static final HandedOn NONE = new HandedOn(0, 0, 0);
    }

    /** Answered feedback rows of the cases an office holds now, and how many were satisfied or fairly so. */
    public record Answers(int answered, int satisfied) {

        public static final Answers NONE = new Answers(0, 0);
    }

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Key, Counts> counts(Long officeId, CaseSource source, YearMonth from, YearMonth to, LocalDateTime now) {
        Map<Key, Counts> counts = new HashMap<>();
        bind(jdbc.sql(filtered(CASES, officeId, source, "")), officeId, source, from, to).param("now", now).query(rs -> {
            counts.put(new Key(rs.getLong("office_id"), rs.getString("month")), new Counts(rs.getInt("cases"), rs.getInt("responses_due"),
                    rs.getInt("on_time"), rs.getInt("resolutions_due"), rs.getInt("closed"), rs.getLong("hops"), rs.getInt("late"),
                    rs.getInt("escalated")));
        });
        return counts;
    }

    public Map<Key, HandedOn> handedOn(Long officeId, CaseSource source, YearMonth from, YearMonth to) {
        Map<Key, HandedOn> handedOn = new HashMap<>();
        bind(jdbc.sql(filtered(HANDED_ON, officeId, source, "t.")), officeId, source, from, to).query(rs -> {
            handedOn.put(new Key(rs.getLong("office_id"), rs.getString("month")), new HandedOn(rs.getInt("cases"), rs.getInt("responses"),
                    rs.getInt("on_time")));
        });
        return handedOn;
    }

    public Map<Key, Answers> answers(Long officeId, CaseSource source, YearMonth from, YearMonth to) {
        Map<Key, Answers> answers = new HashMap<>();
        bind(jdbc.sql(filtered(ANSWERS, officeId, source, "c.")), officeId, source, from, to).query(rs -> {
            answers.put(new Key(rs.getLong("office_id"), rs.getString("month")), new Answers(rs.getInt("answered"), rs.getInt("satisfied")));
        });
        return answers;
    }

    // officeAlias names the office column's table ("t." for the hand-offs); the source is always the case's
    private static String filtered(String sql, Long officeId, CaseSource source, String officeAlias) {
        String caseAlias = officeAlias.isEmpty() ? "" : "c.";
        return sql.replace("{office}", officeId == null ? "" : "AND " + officeAlias + "office_id = :office")
                .replace("{source}", source == null ? "" : "AND " + caseAlias + "source = :source");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Long officeId, CaseSource source, YearMonth from, YearMonth to) {
        JdbcClient.StatementSpec spec = sql.param("from", start(from)).param("until", start(to.plusMonths(1)));
        if (source != null) {
            spec = spec.param("source", source.name());
        }
        return officeId == null ? spec : spec.param("office", officeId);
    }

    private static LocalDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay();
    }
}
