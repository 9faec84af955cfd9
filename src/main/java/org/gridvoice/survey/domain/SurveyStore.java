package org.gridvoice.survey.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.survey.QuestionForm;
import org.gridvoice.survey.SectionForm;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyForm;
import org.gridvoice.survey.SurveyStatus;
import org.gridvoice.survey.QuestionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Surveys, their grids, sections and questions in SQL; lists paged in the database. */
@Component
public class SurveyStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A survey row with its number of responses. {@code status}: DRAFT or PUBLISHED as stored. */
    public record Row(Long id, Long communityId, String title, String description, String descriptionHtml, String audience,
                      boolean publishResults, LocalDateTime opensAt, LocalDateTime closesAt, String status, String linkToken,
                      long version, int responses) {

        public SurveyAudience audienceKind() {
            return SurveyAudience.valueOf(audience);
        }

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        /** Draft, or by the dates: upcoming, open, closed. */
        public SurveyStatus state(LocalDateTime now) {
            if (draft()) {
                return SurveyStatus.DRAFT;
            }
            return now.isBefore(opensAt) ? SurveyStatus.UPCOMING : now.isBefore(closesAt) ? SurveyStatus.OPEN : SurveyStatus.CLOSED;
        }
    }

    public record SectionRow(Long id, int position, String title, String description) {
    }

    /** A question with its options and rows read from JSON. */
    public record Question(Long id, Long sectionId, int number, QuestionType type, String text, boolean required, List<String> options,
                           List<String> rows, Integer maxChoices) {

        /** The most picks a multiple choice allows: its maximum, or all its options. */
        public int maxPicks() {
            return maxChoices == null ? options.size() : maxChoices;
        }

        public boolean freeText() {
            return type == QuestionType.SHORT_TEXT || type == QuestionType.LONG_TEXT;
        }
    }

    private record QuestionRow(Long id, Long sectionId, int number, String type, String text, boolean required, String options,
                               String matrixRows, Integer maxChoices) {
    }

    private static final String SELECT = """
            SELECT s.id, s.community_id, s.title, s.description, s.description_html, s.audience, s.publish_results, s.opens_at,
                   s.closes_at, s.status, s.link_token, s.version,
                   (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id) AS responses
            FROM survey s""";

    public long insert(SurveyForm form, String descriptionHtml, String linkToken, Long createdBy, LocalDateTime now) {
        long id = jdbc.sql("""
                INSERT INTO survey (community_id, title, description, description_html, audience, publish_results, opens_at, closes_at,
                                    status, link_token, created_by, created_at)
                VALUES (:c, :t, :d, :h, :a, :p, :o, :cl, 'DRAFT', :l, :by, :now) RETURNING id""")
                .param("c", form.communityId()).param("t", form.title().strip()).param("d", form.description())
                .param("h", descriptionHtml).param("a", form.audience().name()).param("p", form.publishResults())
                .param("o", form.opensAt()).param("cl", form.closesAt()).param("l", linkToken).param("by", createdBy).param("now", now)
                .query(Long.class).single();
        insertContent(id, form);
        return id;
    }

    /** Replaces a draft's fields and content when its version is still {@code version}; false when it was stale. */
    public boolean replace(Long id, long version, SurveyForm form, String descriptionHtml, String linkToken) {
        int updated = jdbc.sql("""
                UPDATE survey SET community_id = :c, title = :t, description = :d, description_html = :h, audience = :a,
                    publish_results = :p, opens_at = :o, closes_at = :cl, link_token = :l, version = version + 1
                WHERE id = :id AND version = :v AND status = 'DRAFT'""")
                .param("c", form.communityId()).param("t", form.title().strip()).param("d", form.description())
                .param("h", descriptionHtml).param("a", form.audience().name()).param("p", form.publishResults())
                .param("o", form.opensAt()).param("cl", form.closesAt()).param("l", linkToken).param("id", id).param("v", version)
                .update();
        if (updated == 0) {
            return false;
        }
        deleteContent(id);
        insertContent(id, form);
        return true;
    }

    public void delete(Long id) {
        deleteContent(id);
        jdbc.sql("DELETE FROM survey WHERE id = :id AND status = 'DRAFT'").param("id", id).update();
    }

    public void publish(Long id, LocalDateTime now) {
        jdbc.sql("UPDATE survey SET status = 'PUBLISHED', published_at = :now, version = version + 1 WHERE id = :id AND status = 'DRAFT'")
                .param("now", now).param("id", id).update();
    }

    /** Closes it at {@code now}; an open survey's opening lies before now, so the dates stay in order. */
    public void closeAt(Long id, LocalDateTime now) {
        jdbc.sql("UPDATE survey SET closes_at = :now, version = version + 1 WHERE id = :id").param("now", now).param("id", id).update();
    }

    public Optional<Row> find(Long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(Row.class).optional();
    }

    /** The survey, locked for the rest of the transaction (publishing, closing and answering wait for each other). */
    public Optional<Row> lock(Long id) {
        return jdbc.sql("SELECT id FROM survey WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
                .flatMap(this::find);
    }

    public Optional<Row> byToken(String token) {
        return jdbc.sql(SELECT + " WHERE s.link_token = :t").param("t", token).query(Row.class).optional();
    }

    /** Published RESIDENTS surveys, plus every survey of {@code communities}; newest first. */
    public List<Row> page(Collection<Long> communities, long offset, int limit) {
        return jdbc.sql(SELECT + " WHERE " + visible(communities) + " ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .param("mine", ids(communities)).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long count(Collection<Long> communities) {
        return jdbc.sql("SELECT COUNT(*) FROM survey s WHERE " + visible(communities)).param("mine", ids(communities))
                .query(Long.class).single();
    }

    private static String visible(Collection<Long> communities) {
        return "((s.status = 'PUBLISHED' AND s.audience = 'RESIDENTS') OR s.community_id IN (:mine))";
    }

    private static List<Long> ids(Collection<Long> communities) {
        return communities.isEmpty() ? List.of(-1L) : List.copyOf(communities);
    }

    public Set<Long> grids(Long id) {
        return Set.copyOf(jdbc.sql("SELECT grid_id FROM survey_grid WHERE survey_id = :id").param("id", id).query(Long.class).list());
    }

    public List<SectionRow> sections(Long id) {
        return jdbc.sql("SELECT id, position, title, description FROM survey_section WHERE survey_id = :id ORDER BY position")
                .param("id", id).query(SectionRow.class).list();
    }

    /** The survey's questions in order. */
    public List<Question> questions(Long surveyId) {
        return jdbc.sql("""
                SELECT id, section_id, number, type, text, required, options, matrix_rows, max_choices FROM survey_question
                WHERE survey_id = :id ORDER BY number""").param("id", surveyId).query(QuestionRow.class).list().stream()
                .map(SurveyStore::question).toList();
    }

    public Optional<Question> question(Long questionId) {
        return jdbc.sql("""
                SELECT id, section_id, number, type, text, required, options, matrix_rows, max_choices FROM survey_question
                WHERE id = :id""").param("id", questionId).query(QuestionRow.class).optional().map(SurveyStore::question);
    }

    public Optional<Long> surveyOfQuestion(Long questionId) {
        return jdbc.sql("SELECT survey_id FROM survey_question WHERE id = :id").param("id", questionId).query(Long.class).optional();
    }

    private static Question question(QuestionRow r) {
        return new Question(r.id(), r.sectionId(), r.number(), QuestionType.valueOf(r.type()), r.text(), r.required(),
                JSON.readValue(r.options(), TEXTS), JSON.readValue(r.matrixRows(), TEXTS), r.maxChoices());
    }

    private void insertContent(Long id, SurveyForm form) {
        for (Long grid : form.gridIds()) {
            jdbc.sql("INSERT INTO survey_grid (survey_id, grid_id) VALUES (:s, :g)").param("s", id).param("g", grid).update();
        }
        int position = 0;
        int number = 0;
        for (SectionForm section : form.sections()) {
            long sectionId = jdbc.sql("""
                    INSERT INTO survey_section (survey_id, position, title, description) VALUES (:s, :p, :t, :d) RETURNING id""")
                    .param("s", id).param("p", ++position).param("t", section.title().strip()).param("d", blankToNull(section.description()))
                    .query(Long.class).single();
            for (QuestionForm q : section.questions()) {
                jdbc.sql("""
                        INSERT INTO survey_question (survey_id, section_id, number, type, text, required, options, matrix_rows, max_choices)
                        VALUES (:s, :sec, :n, :type, :text, :req, :o, :r, :m)""")
                        .param("s", id).param("sec", sectionId).param("n", ++number).param("type", q.type().name())
                        .param("text", q.text().strip()).param("req", q.required()).param("o", json(q.options()))
                        .param("r", json(q.rows())).param("m", q.maxChoices()).update();
            }
        }
    }

    private void deleteContent(Long id) {
        jdbc.sql("DELETE FROM survey_question WHERE survey_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM survey_section WHERE survey_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM survey_grid WHERE survey_id = :id").param("id", id).update();
    }

    private static String json(List<String> texts) {
        return JSON.writeValueAsString(new ArrayList<>(texts.stream().map(String::strip).toList()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
