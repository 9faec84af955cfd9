package org.gridvoice.survey.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Responses and their answer values in SQL. */
@Component
public class ResponseStore {

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredValue(Long questionId, Integer row, Integer value, String text) {
    }

    public Optional<Long> responseOf(Long surveyId, String respondentRef) {
        return jdbc.sql("SELECT id FROM survey_response WHERE survey_id = :s AND respondent_ref = :r")
                .param("s", surveyId).param("r", respondentRef).query(Long.class).optional();
    }

    /** Which of these respondent refs have answered their survey (pairs survey id, ref). */
    public Set<Long> answered(Collection<Long> surveyIds, Collection<String> refs) {
        if (surveyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT survey_id FROM survey_response WHERE survey_id IN (:s) AND respondent_ref IN (:r)")
                .param("s", surveyIds).param("r", refs).query(Long.class).list());
    }

    /** A new response with its values; returns its id. */
    public long insert(Long surveyId, String respondentRef, String channel, Long enteredBy, List<AnswerRules.Value> values,
                       LocalDateTime now) {
        long id = jdbc.sql("""
                INSERT INTO survey_response (survey_id, respondent_ref, channel, entered_by, answered_at, updated_at)
                VALUES (:s, :r, :c, :by, :now, :now) RETURNING id""")
                .param("s", surveyId).param("r", respondentRef).param("c", channel).param("by", enteredBy).param("now", now)
                .query(Long.class).single();
        insertValues(surveyId, id, values, now);
        return id;
    }

    /** Replaces the response's values (texts that did not change keep their moderation); the response keeps its first day. */
    public void replace(Long surveyId, Long responseId, String channel, Long enteredBy, List<AnswerRules.Value> values, LocalDateTime now) {
        record Kept(Long questionId, String text, String moderation) {
        }
        List<Kept> texts = jdbc.sql("SELECT question_id, text, moderation FROM survey_answer WHERE response_id = :r AND text IS NOT NULL")
                .param("r", responseId).query(Kept.class).list();
        jdbc.sql("DELETE FROM survey_answer WHERE response_id = :r").param("r", responseId).update();
        jdbc.sql("UPDATE survey_response SET channel = :c, entered_by = :by, updated_at = :now WHERE id = :r")
                .param("c", channel).param("by", enteredBy).param("now", now).param("r", responseId).update();
        insertValues(surveyId, responseId, values, now);
        for (Kept k : texts) {
            jdbc.sql("UPDATE survey_answer SET moderation = :m WHERE response_id = :r AND question_id = :q AND text = :t")
                    .param("m", k.moderation()).param("r", responseId).param("q", k.questionId()).param("t", k.text()).update();
        }
    }

    private void insertValues(Long surveyId, long responseId, List<AnswerRules.Value> values, LocalDateTime now) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO survey_answer (survey_id, response_id, question_id, row_index, value, text, moderation, answered_at) VALUES ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            AnswerRules.Value v = values.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(surveyId, responseId, v.questionId(), v.row(), v.value(), v.text(),
                    v.text() == null ? null : "PENDING", now));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    public List<StoredValue> values(Long responseId) {
        return jdbc.sql("SELECT question_id, row_index AS `row`, value, text FROM survey_answer WHERE response_id = :r ORDER BY id")
                .param("r", responseId).query(StoredValue.class).list();
    }
}
