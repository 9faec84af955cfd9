package org.gridvoice.survey.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A survey's results counted in SQL (GROUP BY, three statements however many responses), its free text paged, and
 * all its answers streamed in response order for the CSV.
 */
@Component
public class ResultStore {

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ChannelCount(String channel, int responses) {
    }

    /** Per question: responses that answered it, its texts and how many of them are shown. */
    public record QuestionCount(Long questionId, int answered, int texts, int shown) {
    }

    /** How many picked {@code value} (an option, a scale value, a matrix column) in {@code row} (matrices; else null). */
    public record CellCount(Long questionId, Integer row, int value, int count) {
    }

    public record TextRow(Long id, Long questionId, String text, String moderation, LocalDateTime answeredAt) {
    }

    public record TextAnswer(Long id, Long surveyId, Long questionId, boolean text) {
    }

    public List<ChannelCount> byChannel(Long surveyId) {
        return jdbc.sql("SELECT channel, COUNT(*) AS responses FROM survey_response WHERE survey_id = :s GROUP BY channel")
                .param("s", surveyId).query(ChannelCount.class).list();
    }

    public List<QuestionCount> byQuestion(Long surveyId) {
        return jdbc.sql("""
                SELECT question_id, COUNT(DISTINCT response_id) AS answered, COUNT(text) AS texts,
                       COALESCE(SUM(moderation = 'SHOWN'), 0) AS shown
                FROM survey_answer WHERE survey_id = :s GROUP BY question_id""").param("s", surveyId).query(QuestionCount.class).list();
    }

    public List<CellCount> cells(Long surveyId) {
        return jdbc.sql("""
                SELECT question_id, row_index AS `row`, value, COUNT(*) AS count FROM survey_answer
                WHERE survey_id = :s AND value IS NOT NULL GROUP BY question_id, row_index, value""")
                .param("s", surveyId).query(CellCount.class).list();
    }

    /** A question's texts, in the order they came, all or of one moderation. */
    public List<TextRow> texts(Long questionId, String moderation, long offset, int limit) {
        return jdbc.sql("""
                SELECT id, question_id, text, moderation, answered_at FROM survey_answer
                WHERE question_id = :q AND text IS NOT NULL AND (:m IS NULL OR moderation = :m) ORDER BY id LIMIT :limit OFFSET :offset""")
                .param("q", questionId).param("m", moderation).param("limit", limit).param("offset", offset).query(TextRow.class).list();
    }

    public long countTexts(Long questionId, String moderation) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE question_id = :q AND text IS NOT NULL AND (:m IS NULL OR moderation = :m)")
                .param("q", questionId).param("m", moderation).query(Long.class).single();
    }

    public Optional<TextAnswer> answer(Long answerId) {
        return jdbc.sql("SELECT id, survey_id, question_id, text IS NOT NULL AS text FROM survey_answer WHERE id = :a")
                .param("a", answerId).query(TextAnswer.class).optional();
    }

    public void moderate(Long answerId, String moderation) {
        jdbc.sql("UPDATE survey_answer SET moderation = :m WHERE id = :a AND text IS NOT NULL").param("m", moderation).param("a", answerId)
                .update();
    }

    /**
     * Every response with its values in response order, one row per value (a response without values once, with a
     * null question): response id, channel, answered_at, question_id, row_index, value, text, moderation.
     */
    public void eachValue(Long surveyId, RowCallbackHandler handler) {
        jdbc.sql("""
                SELECT r.id, r.channel, r.answered_at, a.question_id, a.row_index, a.value, a.text, a.moderation
                FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id
                WHERE r.survey_id = :s ORDER BY r.id, a.id""").param("s", surveyId).query(handler);
    }
}
