package org.gridvoice.demo;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.survey.Answer;
import org.gridvoice.survey.QuestionForm;
import org.gridvoice.survey.QuestionType;
import org.gridvoice.survey.ResponseForm;
import org.gridvoice.survey.SectionForm;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyForm;
import org.gridvoice.survey.SurveyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An open survey of 幸福里社区's residents, built and published through the survey service by its committee: six
 * questions, one of each type, in two sections, answered by five demo residents online and one paper form.
 * Seeded once, also into a demo database seeded before surveys existed.
 */
@Component
class DemoSurvey {

    static final String TITLE = "幸福里社区环境满意度调查";

    private final SurveyService surveys;
    private final JdbcClient jdbc;

    DemoSurvey(SurveyService surveys, JdbcClient jdbc) {
        this.surveys = surveys;
        this.jdbc = jdbc;
    }

    boolean seeded() {
        return jdbc.sql("SELECT COUNT(*) FROM survey WHERE community_id = 1 AND title = :t").param("t", TITLE).query(Long.class).single() > 0;
    }

    void seed() {
        try {
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            actAs("committee@gridvoice.demo", Role.COMMITTEE);
            Long id = surveys.create(new SurveyForm(1L, Set.of(), TITLE,
                    "居委会想了解大家对小区环境的看法，结果将在**居民会议**上讨论。约需三分钟。", SurveyAudience.RESIDENTS, true,
                    now.minusDays(2), now.plusDays(14), List.of(
                            new SectionForm("居住情况", "先说说你和小区。", List.of(
                                    new QuestionForm(QuestionType.SINGLE, "你在小区住了多久？", true, List.of("不到一年", "一到五年", "五到十年", "十年以上"),
                                            List.of(), null),
                                    new QuestionForm(QuestionType.MULTIPLE, "你最希望先改善哪些方面？（最多选两项）", true,
                                            List.of("停车", "绿化", "垃圾分类", "照明", "无障碍设施"), List.of(), 2),
                                    new QuestionForm(QuestionType.SCALE, "总体来说，你对小区环境满意吗？", false, List.of("很不满意", "很满意"),
                                            List.of(), null))),
                            new SectionForm("意见和建议", null, List.of(
                                    new QuestionForm(QuestionType.SHORT_TEXT, "用一句话说说最想改变的地方", false, List.of(), List.of(), null),
                                    new QuestionForm(QuestionType.LONG_TEXT, "其他意见和建议", false, List.of(), List.of(), null),
                                    new QuestionForm(QuestionType.MATRIX, "请为以下服务打分", true, List.of("不满意", "一般", "满意"),
                                            List.of("保洁", "保安", "绿化养护"), null))))));
            surveys.publish(id);
            List<Long> q = surveys.details(id).sections().stream().flatMap(s -> s.questions().stream()).map(SurveyDetails.Question::id).toList();
            answer("resident02@gridvoice.demo", id, form(q, 2, List.of(0, 3), 3, "晚上停车太难", null, Arrays.asList(2, 1, 1)));
            answer("resident03@gridvoice.demo", id, form(q, 3, List.of(3), 2, "9 号楼路灯经常不亮", "希望多装几盏路灯，老人晚上出门不安全。",
                    Arrays.asList(1, 1, 0)));
            answer("resident07@gridvoice.demo", id, form(q, 1, List.of(4, 0), 4, null, null, Arrays.asList(2, 2, 1)));
            answer("resident08@gridvoice.demo", id, form(q, 0, List.of(1), 5, "多种些树", null, Arrays.asList(2, 2, 2)));
            answer("resident09@gridvoice.demo", id, form(q, 2, List.of(2, 0), 3, null, "垃圾分类点太远，能否在 5 号楼附近加一个？",
                    Arrays.asList(1, 0, 1)));
            actAs("committee@gridvoice.demo", Role.COMMITTEE);
            surveys.enterAnonymousPaper(id, form(q, 3, List.of(0), 2, null, null, Arrays.asList(0, 1, 1)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** As the resident, when they still live in the community (a demo database may have changed since it was seeded). */
    private void answer(String email, Long id, ResponseForm form) {
        boolean resident = jdbc.sql("""
                SELECT COUNT(*) FROM account_residency r JOIN account_user u ON u.id = r.user_id
                WHERE u.email = :e AND r.community_id = 1 AND r.status = 'APPROVED' """).param("e", email).query(Long.class).single() > 0;
        if (!resident) {
            return;
        }
        actAs(email, Role.RESIDENT);
        surveys.respond(id, null, form);
    }

    private static ResponseForm form(List<Long> q, int single, List<Integer> picks, Integer scale, String shortText, String longText,
                                     List<Integer> matrix) {
        Map<Long, Answer> answers = new HashMap<>();
        answers.put(q.get(0), Answer.choices(List.of(single)));
        answers.put(q.get(1), Answer.choices(picks));
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

    private void actAs(String email, Role role) {
        record Account(Long id, String displayName) {
        }
        Account a = jdbc.sql("SELECT id, display_name FROM account_user WHERE email = :e").param("e", email).query(Account.class).single();
        SignedInUser user = new SignedInUser(a.id(), email, a.displayName(), true, role == Role.RESIDENT ? Set.of(Role.RESIDENT)
                : Set.of(Role.RESIDENT, role), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
    }
}
