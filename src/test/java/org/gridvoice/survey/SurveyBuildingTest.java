package org.gridvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class SurveyBuildingTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyFixture fixture;
    @Autowired People people;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_committee_builds_six_questions_of_every_type_in_two_sections_and_previews_the_draft() {
        People.actAs(fixture.committee());
        SurveyForm form = SurveyFixture.form(SurveyAudience.RESIDENTS, true);
        Long id = surveys.create(form);
        SurveyDetails preview = surveys.details(id);
        assertThat(preview.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(preview.editable()).isTrue();
        assertThat(preview.canRespond()).isFalse();
        assertThat(preview.descriptionHtml()).contains("<strong>两分钟</strong>");
        assertThat(preview.sections()).extracting(SurveyDetails.Section::title).containsExactly("基本情况", "你的建议");
        List<SurveyDetails.Question> questions = preview.sections().stream().flatMap(s -> s.questions().stream()).toList();
        assertThat(questions).extracting(SurveyDetails.Question::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(questions).extracting(SurveyDetails.Question::type).containsExactly(QuestionType.values());
        assertThat(questions.get(1).maxChoices()).isEqualTo(2);
        assertThat(questions.get(5).rows()).containsExactly("保洁", "保安");
        assertThat(questions.get(5).options()).containsExactly("差", "中", "好");
        assertThat(preview.toForm(Set.of())).isEqualTo(form);
        assertThat(preview.linkToken()).isNull();

        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> surveys.details(id)).isInstanceOf(AccessDeniedException.class);
        People.signOut();
        assertThat(surveys.list(PageRequest.of(0, 50)).getContent()).extracting(SurveySummary::id).doesNotContain(id);
    }

    @Test
    void only_the_committee_of_the_community_builds_its_surveys() {
        long before = fixture.surveys();
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> surveys.create(SurveyFixture.form(SurveyAudience.RESIDENTS, true))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> surveys.create(SurveyFixture.form(SurveyAudience.RESIDENTS, true))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.surveys()).isEqualTo(before);
    }

    @Test
    void a_question_that_does_not_fit_its_type_is_refused_naming_its_number_and_nothing_is_stored() {
        People.actAs(fixture.committee());
        long before = fixture.surveys();
        refused(replace(5, new QuestionForm(QuestionType.SINGLE, "只有一个选项", true, List.of("是"), List.of(), null)), "survey.error.options", 6);
        refused(replace(0, new QuestionForm(QuestionType.MULTIPLE, "最多超过选项", true, List.of("甲", "乙"), List.of(), 3)),
                "survey.error.max-choices", 1);
        refused(replace(0, new QuestionForm(QuestionType.SINGLE, "单选设了上限", true, List.of("甲", "乙"), List.of(), 1)),
                "survey.error.max-choices", 1);
        refused(replace(2, new QuestionForm(QuestionType.SCALE, "一个标签", true, List.of("满意"), List.of(), null)), "survey.error.scale-labels", 3);
        refused(replace(3, new QuestionForm(QuestionType.SHORT_TEXT, "带选项的填空", true, List.of("甲", "乙"), List.of(), null)),
                "survey.error.text-options", 4);
        refused(replace(5, new QuestionForm(QuestionType.MATRIX, "一列矩阵", true, List.of("好"), List.of("保洁"), null)),
                "survey.error.matrix-scale", 6);
        refused(replace(5, new QuestionForm(QuestionType.MATRIX, "没有行", true, List.of("差", "好"), List.of(), null)), "survey.error.rows", 6);
        refused(replace(1, new QuestionForm(QuestionType.SINGLE, "单选有行", true, List.of("甲", "乙"), List.of("行"), null)),
                "survey.error.no-rows", 2);
        SurveyForm good = SurveyFixture.form(SurveyAudience.RESIDENTS, true);
        assertThatThrownBy(() -> surveys.create(new SurveyForm(good.communityId(), good.gridIds(), good.title(), good.description(),
                good.audience(), true, good.closesAt(), good.opensAt(), good.sections())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("closesAt", "survey.error.dates")).isTrue());
        assertThatThrownBy(() -> surveys.create(new SurveyForm(good.communityId(), Set.of(People.GRID_XINGFULI_1), good.title(),
                good.description(), SurveyAudience.LINK_ACCOUNT, true, good.opensAt(), good.closesAt(), good.sections())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("gridIds", "survey.error.grids-audience")).isTrue());
        assertThatThrownBy(() -> surveys.create(new SurveyForm(good.communityId(), Set.of(People.GRID_MEIYUAN_1), good.title(),
                good.description(), SurveyAudience.RESIDENTS, true, good.opensAt(), good.closesAt(), good.sections())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("gridIds", "survey.error.grid")).isTrue());
        assertThatThrownBy(() -> surveys.create(new SurveyForm(good.communityId(), Set.of(), good.title(), good.description(),
                SurveyAudience.RESIDENTS, true, good.opensAt(), good.closesAt(), List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("sections", "survey.error.no-sections")).isTrue());
        assertThat(fixture.surveys()).isEqualTo(before);
    }

    @Test
    void a_draft_changes_with_its_current_version_only_and_publishing_fixes_it() {
        People.actAs(fixture.committee());
        Long id = surveys.create(SurveyFixture.form(SurveyAudience.LINK_ACCOUNT, false));
        SurveyDetails draft = surveys.details(id);
        assertThat(draft.linkToken()).hasSizeGreaterThan(20);
        SurveyForm changed = SurveyFixture.form(SurveyAudience.LINK_ACCOUNT, true);
        surveys.update(id, draft.version(), changed);
        SurveyDetails updated = surveys.details(id);
        assertThat(updated.title()).isEqualTo(changed.title());
        assertThat(updated.publishResults()).isTrue();
        assertThat(updated.linkToken()).as("the link stays the same across edits").isEqualTo(draft.linkToken());
        assertThatThrownBy(() -> surveys.update(id, draft.version(), SurveyFixture.form(SurveyAudience.LINK_ACCOUNT, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.stale")).isTrue());
        assertThat(surveys.details(id).title()).isEqualTo(changed.title());

        surveys.publish(id);
        SurveyDetails published = surveys.details(id);
        assertThat(published.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(published.editable()).isFalse();
        assertThatThrownBy(() -> surveys.update(id, published.version(), SurveyFixture.form(SurveyAudience.RESIDENTS, false)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.published")).isTrue());
        assertThatThrownBy(() -> surveys.deleteDraft(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.published")).isTrue());
        assertThat(surveys.details(id).audience()).isEqualTo(SurveyAudience.LINK_ACCOUNT);
        assertThat(surveys.details(id).sections().getFirst().questions()).hasSize(3);
    }

    @Test
    void a_draft_can_be_deleted_but_not_published_once_its_close_has_passed() {
        SignedInUser committee = fixture.committee();
        People.actAs(committee);
        SurveyForm past = SurveyFixture.form(People.COMMUNITY_XINGFULI, SurveyAudience.RESIDENTS, true,
                SurveyFixture.now().minusDays(3), SurveyFixture.now().minusDays(1));
        Long id = surveys.create(past);
        assertThatThrownBy(() -> surveys.publish(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("closesAt", "survey.error.dates")).isTrue());
        assertThat(surveys.details(id).status()).isEqualTo(SurveyStatus.DRAFT);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> surveys.deleteDraft(id)).isInstanceOf(AccessDeniedException.class);
        People.actAs(committee);
        surveys.deleteDraft(id);
        assertThatThrownBy(() -> surveys.details(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.not-found")).isTrue());
    }

    @Test
    void everyone_lists_published_residents_surveys_and_the_committee_also_its_drafts_and_link_surveys() {
        Long residents = fixture.open(SurveyAudience.RESIDENTS, true);
        Long link = fixture.open(SurveyAudience.LINK_ANONYMOUS, true);
        SignedInUser committee = fixture.committee();
        People.actAs(committee);
        Long draft = surveys.create(SurveyFixture.form(SurveyAudience.RESIDENTS, true));
        assertThat(surveys.list(PageRequest.of(0, 20)).getContent()).extracting(SurveySummary::id).contains(residents, link, draft);
        assertThat(surveys.details(link).linkToken()).isEqualTo(fixture.token(link));

        People.signOut();
        List<Long> publicIds = new ArrayList<>(surveys.list(PageRequest.of(0, 20)).getContent().stream().map(SurveySummary::id).toList());
        assertThat(publicIds).contains(residents).doesNotContain(link, draft);
        SurveySummary row = surveys.list(PageRequest.of(0, 20)).getContent().stream().filter(s -> s.id().equals(residents)).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(row.communityName()).isEqualTo("幸福里社区");
        assertThat(surveys.details(residents).canRespond()).isFalse();
        assertThat(surveys.details(residents).respondRefusal()).isEqualTo("survey.error.sign-in");
        assertThatThrownBy(() -> surveys.details(link)).isInstanceOf(AccessDeniedException.class);
        SurveyDetails byLink = surveys.byLink(fixture.token(link)).orElseThrow();
        assertThat(byLink.id()).isEqualTo(link);
        assertThat(byLink.linkToken()).as("the secret is shown to the committee only").isNull();
        assertThat(byLink.canRespond()).isTrue();
        assertThat(surveys.byLink("no-such-token")).isEmpty();
    }

    private void refused(SurveyForm form, String key, int number) {
        assertThatThrownBy(() -> surveys.create(form)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.messageKey()).isEqualTo(key);
                    assertThat(p.args()).containsExactly(number);
                }));
    }

    /** The six-question form with question {@code index} (0-based across both sections) replaced. */
    private static SurveyForm replace(int index, QuestionForm question) {
        SurveyForm form = SurveyFixture.form(SurveyAudience.RESIDENTS, true);
        List<SectionForm> sections = new ArrayList<>();
        int at = 0;
        for (SectionForm s : form.sections()) {
            List<QuestionForm> questions = new ArrayList<>();
            for (QuestionForm q : s.questions()) {
                questions.add(at++ == index ? question : q);
            }
            sections.add(new SectionForm(s.title(), s.description(), questions));
        }
        return new SurveyForm(form.communityId(), form.gridIds(), form.title(), form.description(), form.audience(), form.publishResults(),
                form.opensAt(), form.closesAt(), sections);
    }
}
