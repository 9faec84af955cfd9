package org.gridvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.attestation.ResidentAttestationService;
import org.gridvoice.attestation.StaffEntryService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A known resident's paper questionnaire goes through staff entry and the resident's attestation (kind "survey"). */
@GridVoiceTest
class SurveyPaperTest {

    @Autowired SurveyService surveys;
    @Autowired StaffEntryService entries;
    @Autowired ResidentAttestationService residentSide;
    @Autowired SurveyFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_resident_s_paper_form_counts_only_once_they_attest_it_and_replaces_their_online_answer() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(resident);
        surveys.respond(id, null, SurveyFixture.minimal(q));
        SignedInUser committee = fixture.committee();
        People.actAs(committee);
        ResponseForm paper = SurveyFixture.answers(q, 2, List.of(1, 3), 4, "楼道灯坏了", null, List.of(2, 1));
        long entry = entries.enter(resident.id(), "survey", SurveyEntries.payload(id, paper));
        String wording = entries.entry(entry, Locale.SIMPLIFIED_CHINESE).wording();
        assertThat(wording).contains(surveys.details(id).title()).contains("五年以上").contains("绿化; 安全").contains("楼道灯坏了")
                .contains("保洁 好");

        People.actAs(resident);
        assertThat(surveys.myResponse(id)).as("pending: the online answer stands").contains(SurveyFixture.minimal(q));
        AttestableKind.Created created = residentSide.attestMine(entry);
        assertThat(created.route()).isEqualTo("surveys/" + id);
        assertThat(surveys.myResponse(id)).contains(paper);
        assertThat(fixture.responses(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT entered_by FROM survey_response WHERE survey_id = :s AND channel = 'PAPER_ATTESTED'").param("s", id)
                .query(Long.class).single()).isEqualTo(committee.id());
        People.actAs(committee);
        assertThat(surveys.results(id).orElseThrow().byChannel()).containsEntry(ResponseChannel.PAPER_ATTESTED, 1)
                .containsEntry(ResponseChannel.ONLINE, 0);
    }

    @Test
    void a_paper_form_the_survey_would_refuse_is_refused_when_entered() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(fixture.committee());
        Map<Long, Answer> noFirst = new HashMap<>(SurveyFixture.minimal(q).answers());
        noFirst.remove(q.get(0));
        assertThatThrownBy(() -> entries.enter(resident.id(), "survey", SurveyEntries.payload(id, new ResponseForm(noFirst))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("answers." + q.get(0), "survey.error.required")).isTrue());
        Long anonymous = fixture.open(SurveyAudience.LINK_ANONYMOUS, true);
        People.actAs(fixture.committee());
        assertThatThrownBy(() -> entries.enter(resident.id(), "survey", SurveyEntries.payload(anonymous,
                SurveyFixture.minimal(fixture.questions(anonymous)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.audience")).isTrue());
        SignedInUser elsewhere = people.verifiedResidentOf(People.GRID_MEIYUAN_1);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> entries.enter(elsewhere.id(), "survey", SurveyEntries.payload(id, SurveyFixture.minimal(q))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.not-resident")).isTrue());
        People.actAs(fixture.committee());
        assertThatThrownBy(() -> entries.enter(resident.id(), "survey", "{not json"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "attest.error.payload")).isTrue());
        assertThat(fixture.responses(id)).isZero();
    }
}
