package org.gridvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo (on in tests) has a survey of 幸福里社区's residents with one question of each type, already answered. */
@GridVoiceTest
class DemoSurveyTest {

    @Autowired SurveyService surveys;
    @Autowired JdbcClient jdbc;
    @Autowired SurveyFixture fixture;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_demo_survey_has_six_questions_of_every_type_in_two_sections_and_responses() {
        Long id = jdbc.sql("SELECT id FROM survey WHERE title = '幸福里社区环境满意度调查' AND community_id = 1").query(Long.class).single();
        SurveyDetails demo = surveys.details(id);
        assertThat(demo.audience()).isEqualTo(SurveyAudience.RESIDENTS);
        assertThat(demo.sections()).hasSize(2);
        List<QuestionType> types = demo.sections().stream().flatMap(s -> s.questions().stream()).map(SurveyDetails.Question::type).toList();
        assertThat(types).containsExactly(QuestionType.values());
        assertThat(demo.responses()).isGreaterThanOrEqualTo(5);
        People.actAs(fixture.committee());
        SurveyResults results = surveys.results(id).orElseThrow();
        assertThat(results.byChannel().get(ResponseChannel.ONLINE)).isGreaterThanOrEqualTo(5);
        assertThat(results.byChannel().get(ResponseChannel.PAPER_ANONYMOUS)).isGreaterThanOrEqualTo(1);
    }
}
