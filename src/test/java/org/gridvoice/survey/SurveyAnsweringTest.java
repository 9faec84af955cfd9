package org.gridvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class SurveyAnsweringTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired org.gridvoice.account.PersonalDataService personalData;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void verified_residents_of_the_community_answer_and_nobody_else() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        People.actAs(people.resident());
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.minimal(q)), null, "survey.error.not-resident");
        assertThat(surveys.details(id).respondRefusal()).isEqualTo("survey.error.not-resident");
        People.actAs(people.verifiedResidentOf(People.GRID_MEIYUAN_1));
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.minimal(q)), null, "survey.error.not-resident");
        People.signOut();
        assertThatThrownBy(() -> surveys.respond(id, null, SurveyFixture.minimal(q))).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(InvalidInput.class);
        assertThat(fixture.responses(id)).isZero();

        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThat(surveys.details(id).canRespond()).isTrue();
        surveys.respond(id, null, SurveyFixture.minimal(q));
        assertThat(fixture.responses(id)).isEqualTo(1);
        assertThat(surveys.list(PageRequest.of(0, 20)).getContent().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()
                .answeredByMe()).isTrue();
    }

    @Test
    void a_survey_of_some_grids_is_answered_by_their_residents_only() {
        SurveyForm whole = SurveyFixture.form(SurveyAudience.RESIDENTS, true);
        Long id = fixture.published(new SurveyForm(whole.communityId(), Set.of(People.GRID_XINGFULI_1), whole.title(), whole.description(),
                whole.audience(), true, whole.opensAt(), whole.closesAt(), whole.sections()));
        List<Long> q = fixture.questions(id);
        People.actAs(people.verifiedResidentOf(2L));
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.minimal(q)), null, "survey.error.not-resident");
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        surveys.respond(id, null, SurveyFixture.minimal(q));
        assertThat(fixture.responses(id)).isEqualTo(1);
        assertThat(surveys.details(id).gridNames()).containsExactly("第一网格");
    }

    @Test
    void one_response_each_which_its_author_changes_until_the_close_and_not_after() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(resident);
        assertThat(surveys.myResponse(id)).isEmpty();
        surveys.respond(id, null, SurveyFixture.answers(q, 0, List.of(0, 1), 2, "停车难", null, List.of(0, 0)));
        ResponseForm second = SurveyFixture.answers(q, 2, List.of(3), 5, null, "多种树", List.of(2, 1));
        surveys.respond(id, null, second);
        assertThat(fixture.responses(id)).isEqualTo(1);
        assertThat(surveys.myResponse(id)).contains(second);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE survey_id = :s AND text = '停车难'").param("s", id)
                .query(Long.class).single()).as("the replaced answers are gone").isZero();
        String stored = jdbc.sql("SELECT respondent_ref FROM survey_response WHERE survey_id = :s").param("s", id).query(String.class).single();
        assertThat(stored).as("a pseudonym, not the account").doesNotContain(resident.id().toString()).startsWith("p-");

        People.actAs(fixture.committee());
        surveys.closeNow(id);
        assertThat(surveys.details(id).status()).isEqualTo(SurveyStatus.CLOSED);
        assertRefused(() -> surveys.closeNow(id), null, "survey.error.not-open");
        People.actAs(resident);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.minimal(q)), null, "survey.error.closed");
        assertThat(surveys.details(id).respondRefusal()).isEqualTo("survey.error.closed");
        assertThat(surveys.myResponse(id)).contains(second);
    }

    @Test
    void a_survey_not_yet_open_is_not_answered() {
        Long id = fixture.published(SurveyFixture.form(People.COMMUNITY_XINGFULI, SurveyAudience.RESIDENTS, true,
                SurveyFixture.now().plusDays(1), SurveyFixture.now().plusDays(2)));
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThat(surveys.details(id).status()).isEqualTo(SurveyStatus.UPCOMING);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.minimal(fixture.questions(id))), null, "survey.error.not-open");
        assertThat(fixture.responses(id)).isZero();
    }

    @Test
    void a_response_missing_a_required_answer_out_of_range_with_too_many_picks_or_for_an_unknown_question_stores_nothing() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        Map<Long, Answer> noFirst = new HashMap<>(SurveyFixture.minimal(q).answers());
        noFirst.remove(q.get(0));
        assertRefused(() -> surveys.respond(id, null, new ResponseForm(noFirst)), "answers." + q.get(0), "survey.error.required", 1);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.answers(q, 0, null, null, null, null, java.util.Arrays.asList(0, null))),
                "answers." + q.get(5), "survey.error.required", 6);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.answers(q, 0, null, 6, null, null, List.of(0, 1))),
                "answers." + q.get(2), "survey.error.answer", 3);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.answers(q, 3, null, null, null, null, List.of(0, 1))),
                "answers." + q.get(0), "survey.error.answer", 1);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.answers(q, 0, null, null, null, null, List.of(0, 3))),
                "answers." + q.get(5), "survey.error.answer", 6);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.answers(q, 0, List.of(0, 1, 2), null, null, null, List.of(0, 1))),
                "answers." + q.get(1), "survey.error.too-many", 2, 2);
        assertRefused(() -> surveys.respond(id, null, SurveyFixture.answers(q, 0, null, null, "长".repeat(2001), null, List.of(0, 1))),
                "answers." + q.get(3), "validation.too-long", 2000);
        Map<Long, Answer> unknown = new HashMap<>(SurveyFixture.minimal(q).answers());
        unknown.put(-5L, Answer.scale(3));
        assertRefused(() -> surveys.respond(id, null, new ResponseForm(unknown)), "answers.-5", "survey.error.unknown-question", "-5");
        Map<Long, Answer> wrongKind = new HashMap<>(SurveyFixture.minimal(q).answers());
        wrongKind.put(q.get(2), Answer.text("五分"));
        assertRefused(() -> surveys.respond(id, null, new ResponseForm(wrongKind)), "answers." + q.get(2), "survey.error.answer", 3);
        assertThat(fixture.responses(id)).isZero();
        assertThat(fixture.answerRows(id)).isZero();
    }

    @Test
    void an_anonymous_link_is_answered_once_per_browser_key_which_is_stored_only_as_a_hash() {
        Long id = fixture.open(SurveyAudience.LINK_ANONYMOUS, true);
        List<Long> q = fixture.questions(id);
        String token = fixture.token(id);
        assertThat(surveys.answeredAnonymously(token, "browser-key-one")).isFalse();
        surveys.respondAnonymously(token, "browser-key-one", SurveyFixture.minimal(q));
        assertThat(surveys.answeredAnonymously(token, "browser-key-one")).isTrue();
        assertRefused(() -> surveys.respondAnonymously(token, "browser-key-one", SurveyFixture.minimal(q)), null, "survey.error.answered");
        assertRefused(() -> surveys.respondAnonymously(token, " ", SurveyFixture.minimal(q)), null, "survey.error.browser-key");
        assertRefused(() -> surveys.respondAnonymously("wrong-token", "browser-key-two", SurveyFixture.minimal(q)), null,
                "survey.error.not-found");
        surveys.respondAnonymously(token, "browser-key-two", SurveyFixture.minimal(q));
        assertThat(fixture.responses(id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s AND channel = 'ONLINE_ANONYMOUS' AND respondent_ref LIKE 'b-%'"
                + " AND respondent_ref NOT LIKE '%browser-key%'").param("s", id).query(Long.class).single()).isEqualTo(2);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertRefused(() -> surveys.respond(id, token, SurveyFixture.minimal(q)), null, "survey.error.audience");
        assertThat(fixture.responses(id)).isEqualTo(2);
    }

    @Test
    void a_link_survey_for_accounts_needs_its_link_and_takes_one_response_per_account() {
        Long id = fixture.open(SurveyAudience.LINK_ACCOUNT, true);
        List<Long> q = fixture.questions(id);
        People.actAs(people.resident());
        assertRefused(() -> surveys.respond(id, "guess", SurveyFixture.minimal(q)), null, "survey.error.link");
        surveys.respond(id, fixture.token(id), SurveyFixture.minimal(q));
        surveys.respond(id, fixture.token(id), SurveyFixture.answers(q, 1, null, null, null, null, List.of(1, 1)));
        assertThat(fixture.responses(id)).isEqualTo(1);
        assertRefused(() -> surveys.respondAnonymously(fixture.token(id), "key", SurveyFixture.minimal(q)), null, "survey.error.audience");
    }

    @Test
    void staff_serving_the_community_enter_anonymous_paper_forms_each_counted() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        People.actAs(people.create(Role.OFFICER, 1L)); // an officer of 幸福里网格站, whose grids lie in community 1
        surveys.enterAnonymousPaper(id, SurveyFixture.minimal(q));
        surveys.enterAnonymousPaper(id, SurveyFixture.minimal(q));
        People.actAs(people.create(Role.OFFICER, 2L)); // 梅园网格站: another community
        assertThatThrownBy(() -> surveys.enterAnonymousPaper(id, SurveyFixture.minimal(q))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> surveys.enterAnonymousPaper(id, SurveyFixture.minimal(q))).isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.committee());
        Map<Long, Answer> noFirst = new HashMap<>(SurveyFixture.minimal(q).answers());
        noFirst.remove(q.get(0));
        assertRefused(() -> surveys.enterAnonymousPaper(id, new ResponseForm(noFirst)), "answers." + q.get(0), "survey.error.required", 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s AND channel = 'PAPER_ANONYMOUS' AND respondent_ref IS NULL")
                .param("s", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_residents_answers_are_in_their_data_and_erasure_unlinks_them_or_takes_back_those_of_open_surveys() {
        Long open = fixture.open(SurveyAudience.RESIDENTS, true);
        Long closing = fixture.open(SurveyAudience.RESIDENTS, true);
        SignedInUser keeps = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser withdraws = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        for (SignedInUser resident : List.of(keeps, withdraws)) {
            People.actAs(resident);
            surveys.respond(open, null, SurveyFixture.answers(fixture.questions(open), 1, null, null, "我的意见", null, List.of(0, 1)));
            surveys.respond(closing, null, SurveyFixture.minimal(fixture.questions(closing)));
        }
        fixture.closeInThePast(closing);
        People.actAs(keeps);
        var section = personalData.myData().sections().stream().filter(s -> s.key().equals("survey.privacy.section")).findFirst().orElseThrow();
        assertThat(section.items()).hasSize(2).anySatisfy(item -> assertThat(item.get("answers").toString()).contains("我的意见"));

        personalData.eraseMyAccount(displayName(keeps), false);
        People.actAs(withdraws);
        personalData.eraseMyAccount(displayName(withdraws), true);
        assertThat(fixture.responses(open)).as("the withdrawn answer to the open survey is taken back").isEqualTo(1);
        assertThat(fixture.responses(closing)).as("answers to a closed survey stay counted").isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id IN (:s) AND respondent_ref LIKE 'erased-%'")
                .param("s", List.of(open, closing)).query(Long.class).single()).as("no longer linked to anybody").isEqualTo(3);
    }

    private String displayName(SignedInUser user) {
        return jdbc.sql("SELECT display_name FROM account_user WHERE id = :u").param("u", user.id()).query(String.class).single();
    }

    private static void assertRefused(Runnable call, String field, String key, Object... args) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.messageKey()).isEqualTo(key);
            if (args.length > 0) {
                assertThat(p.args()).containsExactly(args);
            }
        }));
    }
}
