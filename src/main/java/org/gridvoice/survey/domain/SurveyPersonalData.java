package org.gridvoice.survey.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.gridvoice.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey responses a user gave (found through their pseudonym in each survey) and the paper forms they entered as
 * staff. On erasure a response stays counted but loses its link to the person (its pseudonym is replaced); with
 * contributions withdrawn, the responses to surveys still open are taken back. Paper forms forget who entered them.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final java.time.Clock clock;

    SurveyPersonalData(JdbcClient jdbc, AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Mine(long id, long surveyId, String title, String channel, LocalDateTime answeredAt, LocalDateTime updatedAt,
                        LocalDateTime closesAt) {
    }

    @Override
    public String sectionKey() {
        return "survey.privacy.section";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Mine m : mine(userId)) {
            Map<String, Object> item = new HashMap<>();
            item.put("survey_id", m.surveyId());
            item.put("survey", m.title());
            item.put("channel", m.channel());
            item.put("answered_at", m.answeredAt());
            item.put("updated_at", m.updatedAt());
            item.put("answers", jdbc.sql("""
                    SELECT q.number, a.row_index, a.value, a.text FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
                    WHERE a.response_id = :r ORDER BY q.number, a.row_index, a.value""").param("r", m.id()).query().listOfRows());
            items.add(item);
        }
        items.addAll(jdbc.sql("""
                SELECT r.survey_id, s.title AS survey, COUNT(*) AS paper_forms_entered FROM survey_response r JOIN survey s ON s.id = r.survey_id
                WHERE r.entered_by = :u GROUP BY r.survey_id, s.title ORDER BY r.survey_id""").param("u", userId).query().listOfRows());
        return items;
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Mine m : mine(userId)) {
            if (withdrawContributions && m.closesAt().isAfter(now)) {
                jdbc.sql("DELETE FROM survey_response WHERE id = :r").param("r", m.id()).update();
            } else {
                jdbc.sql("UPDATE survey_response SET respondent_ref = CONCAT('erased-', id) WHERE id = :r").param("r", m.id()).update();
            }
        }
        jdbc.sql("UPDATE survey_response SET entered_by = NULL WHERE entered_by = :u").param("u", userId).update();
    }

    /** The user's responses: one pseudonym per survey that has responses, looked up in one statement. */
    private List<Mine> mine(Long userId) {
        List<Long> surveys = jdbc.sql("SELECT DISTINCT survey_id FROM survey_response WHERE respondent_ref LIKE 'p-%'").query(Long.class).list();
        if (surveys.isEmpty()) {
            return List.of();
        }
        List<String> refs = surveys.stream().map(id -> audit.pseudonym(userId, "survey-" + id)).toList();
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < surveys.size(); i++) {
            expected.put(surveys.get(i), refs.get(i));
        }
        return jdbc.sql("""
                SELECT r.id, r.survey_id, s.title, r.channel, r.answered_at, r.updated_at, s.closes_at AS closes_at, r.respondent_ref
                FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE r.respondent_ref IN (:refs) ORDER BY r.answered_at""")
                .param("refs", refs).query((rs, n) -> expected.get(rs.getLong(2)).equals(rs.getString(8))
                        ? new Mine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toLocalDateTime(),
                        rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime()) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }
}
