package org.gridvoice.survey;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Surveys of 幸福里社区 (community 1) built by a new committee member: six questions, one of each type, in two
 * sections (1 single, 2 multiple up to two, 3 scale; 4 short text, 5 long text, 6 a two-row matrix), 1 and 6 required.
 */
@Component
public class SurveyFixture {

    private final SurveyService surveys;
    private final People people;
    private final JdbcClient jdbc;

    SurveyFixture(SurveyService surveys, People people, JdbcClient jdbc) {
        this.surveys = surveys;
        this.people = people;
        this.jdbc = jdbc;
    }

    public static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public static SurveyForm form(Long communityId, SurveyAudience audience, boolean publishResults, LocalDateTime opens, LocalDateTime closes) {
        return new SurveyForm(communityId, Set.of(), "小区环境问卷 " + System.nanoTime(), "请花 **两分钟** 作答。", audience, publishResults,
                opens, closes, List.of(
                        new SectionForm("基本情况", "关于你对小区的看法", List.of(
                                new QuestionForm(QuestionType.SINGLE, "你住在小区多久了？", true, List.of("不到一年", "一到五年", "五年以上"), List.of(), null),
                                new QuestionForm(QuestionType.MULTIPLE, "你最关心哪些问题？", false, List.of("停车", "绿化", "卫生", "安全"), List.of(), 2),
                                new QuestionForm(QuestionType.SCALE, "你对小区环境满意吗？", false, List.of("很不满意", "很满意"), List.of(), null))),
                        new SectionForm("你的建议", null, List.of(
                                new QuestionForm(QuestionType.SHORT_TEXT, "一句话说说最想改的地方", false, List.of(), List.of(), null),
                                new QuestionForm(QuestionType.LONG_TEXT, "其他建议", false, List.of(), List.of(), null),
                                new QuestionForm(QuestionType.MATRIX, "请为以下方面打分", true, List.of("差", "中", "好"),
                                        List.of("保洁", "保安"), null)))));
    }

    public static SurveyForm form(SurveyAudience audience, boolean publishResults) {
        return form(People.COMMUNITY_XINGFULI, audience, publishResults, now().minusHours(1), now().plusDays(7));
    }

    public SignedInUser committee() {
        return people.committeeOf(People.COMMUNITY_XINGFULI);
    }

    /** A published survey of community 1, open now; the signed-in user is cleared after. */
    public Long open(SurveyAudience audience, boolean publishResults) {
        return published(form(audience, publishResults));
    }

    public Long published(SurveyForm form) {
        People.actAs(committee());
        try {
            Long id = surveys.create(form);
            surveys.publish(id);
            return id;
        } finally {
            People.signOut();
        }
    }

    /** The question ids in order (1..6), read as the committee. */
    public List<Long> questions(Long id) {
        return jdbc.sql("SELECT id FROM survey_question WHERE survey_id = :s ORDER BY number").param("s", id).query(Long.class).list();
    }

    public String token(Long id) {
        return jdbc.sql("SELECT link_token FROM survey WHERE id = :s").param("s", id).query(String.class).single();
    }

    /** A full response: the given single choice, picks, scale, texts and matrix. */
    public static ResponseForm answers(List<Long> q, int single, List<Integer> picks, Integer scale, String shortText, String longText,
                                       List<Integer> matrix) {
        Map<Long, Answer> answers = new HashMap<>();
        answers.put(q.get(0), Answer.choices(List.of(single)));
        if (picks != null) {
            answers.put(q.get(1), Answer.choices(picks));
        }
        if (scale != null) {
            answers.put(q.get(2), Answer.scale(scale));
        }
        if (shortText != null) {
            answers.put(q.get(3), Answer.text(shortText));
        }
        if (longText != null) {
            answers.put(q.get(4), Answer.text(longText));
        }
        answers.put(q.get(5), Answer.matrix(matrix));
        return new ResponseForm(answers);
    }

    public static ResponseForm minimal(List<Long> q) {
        return answers(q, 0, null, null, null, null, List.of(0, 1));
    }

    public long responses(Long id) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s").param("s", id).query(Long.class).single();
    }

    public long answerRows(Long id) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE survey_id = :s").param("s", id).query(Long.class).single();
    }

    public long surveys() {
        return jdbc.sql("SELECT COUNT(*) FROM survey").query(Long.class).single();
    }

    /** Moves the survey's close into the past, as if time had passed. */
    public void closeInThePast(Long id) {
        jdbc.sql("UPDATE survey SET closes_at = :t WHERE id = :s").param("t", now().minusMinutes(1)).param("s", id).update();
    }
}
