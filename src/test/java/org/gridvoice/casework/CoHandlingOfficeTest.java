package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case whose responsibility-list entry names a co-handling office (协办单位, here 城管科 beside
 * 幸福里网格站): the co-office finds it in its inbox, marked, is told of it and of its public
 * steps, and posts public updates; accepting, transferring, resolving and rejecting stay with the lead office.
 */
@GridVoiceTest
class CoHandlingOfficeTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final long CHENGGUAN = 3L;

    @Autowired VotingFixture fixture;
    @Autowired CaseService cases;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired ResponsibilityService responsibilities;
    @Autowired ProposalService proposals;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser officer;
    private SignedInUser coOfficer;
    private SignedInUser coLead;
    private Long versionId;

    @BeforeEach
    void anAcceptedProposalWhoseEntryHasACoOffice() {
        fixture.threeProposalsOnTheBallot("协办");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        coOfficer = people.create(Role.OFFICER, CHENGGUAN);
        coLead = people.create(Role.OFFICE_LEAD, CHENGGUAN);
        ProposalSummary summary = proposals.summaryOf(fixture.a);
        versionId = responsibilities.route(summary.categoryId(), summary.gridId(), LocalDateTime.now()).responsibilityId();
        jdbc.sql("INSERT IGNORE INTO responsibility_co_office (version_id, office_id) VALUES (:d, :o)").param("d", versionId).param("o", CHENGGUAN)
                .update();
    }

    @AfterEach
    void removeTheCoOffice() {
        People.signOut();
        jdbc.sql("DELETE FROM responsibility_co_office WHERE version_id = :d AND office_id = :o").param("d", versionId).param("o", CHENGGUAN)
                .update();
    }

    private Long route() {
        People.actAs(fixture.committee);
        return routing.route(fixture.a, new RouteForm(null));
    }

    private int notices(SignedInUser user, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = :k").param("u", user.id()).param("k", kind)
                .query(Integer.class).single();
    }

    @Test
    void the_co_office_finds_the_case_in_its_inbox_marked_as_co_handling_and_can_filter_by_it() {
        Long caseId = route();
        var page = PageRequest.of(0, 200);

        People.actAs(coOfficer);
        var inbox = cases.inbox(new CaseFilter(CHENGGUAN, null, null, null, false), page).getContent();
        assertThat(inbox).filteredOn(c -> c.id().equals(caseId)).singleElement()
                .satisfies(c -> assertThat(c.coHandling()).as("marked co-handling").isTrue())
                .satisfies(c -> assertThat(c.officeId()).as("the lead office still holds it").isEqualTo(GRID_STATION_XINGFULI));
        assertThat(cases.inbox(new CaseFilter(CHENGGUAN, null, null, null, false, true), page).getContent())
                .extracting(CaseSummary::id).contains(caseId);
        assertThat(cases.inbox(new CaseFilter(CHENGGUAN, null, null, null, false, false), page).getContent())
                .as("led by the office only").extracting(CaseSummary::id).doesNotContain(caseId);

        People.actAs(officer);
        assertThat(cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, null, null, null, false), page).getContent())
                .filteredOn(c -> c.id().equals(caseId)).singleElement().satisfies(c -> assertThat(c.coHandling()).isFalse());
    }

    @Test
    void the_co_office_is_told_when_the_case_is_routed_and_of_its_public_steps() {
        Long caseId = route();
        assertThat(notices(coOfficer, "CASE_FOR_CO_OFFICE_ROUTED")).isEqualTo(1);
        assertThat(notices(coLead, "CASE_FOR_CO_OFFICE_ROUTED")).isEqualTo(1);

        People.actAs(officer);
        workflow.accept(caseId, null);
        workflow.update(caseId, new CaseNoteForm("已联系物业", null));
        workflow.note(caseId, new CaseNoteForm("内部记录", null));
        assertThat(notices(coOfficer, "CASE_CO_OFFICE_STEP")).as("accepted and updated; the internal note is not told").isEqualTo(2);
    }

    @Test
    void the_co_office_posts_public_updates_but_only_the_lead_office_accepts_transfers_resolves_and_rejects() {
        Long caseId = route();
        People.actAs(coOfficer);
        assertThatThrownBy(() -> workflow.accept(caseId, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.details(caseId).actions().may(CaseStep.ACCEPT)).isFalse();

        People.actAs(officer);
        workflow.accept(caseId, null);

        People.actAs(coOfficer);
        CaseActions can = cases.details(caseId).actions();
        assertThat(can.steps()).as("the screen offers the update, and only that").containsExactly(CaseStep.UPDATE);
        assertThat(can.coHandling()).isTrue();
        workflow.update(caseId, new CaseNoteForm("城管科已派人清理", null));
        assertThatThrownBy(() -> workflow.resolve(caseId, new CaseNoteForm("已解决", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.summarise(caseId, new CaseNoteForm("摘要", null))).isInstanceOf(AccessDeniedException.class);
        People.actAs(coLead);
        assertThatThrownBy(() -> workflow.transfer(caseId, new TransferForm(GRID_STATION_XINGFULI, "不归我们")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.reject(caseId, new TransferForm(null, "不归我们"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.update(caseId, new CaseNoteForm("明天完成", LocalDateTime.now().plusDays(2))))
                .as("the expected date is the lead office's promise").isInstanceOf(InvalidInput.class);

        People.signOut();
        CaseDetails details = cases.details(caseId);
        assertThat(details.status()).as("the co-office's update leaves the lead office's status").isEqualTo(CaseStatus.ACCEPTED);
        assertThat(details.events()).filteredOn(e -> e.kind() == CaseEventKind.UPDATED).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo("城管科已派人清理"))
                .satisfies(e -> assertThat(e.office()).as("said by the co-office, in public").isEqualTo(officeName(CHENGGUAN)));
        assertThat(notices(officer, "CASE_FOR_OFFICE_CO_UPDATE")).as("the lead office hears of it").isEqualTo(1);
    }

    private String officeName(long id) {
        return jdbc.sql("SELECT name FROM place_office WHERE id = :id").param("id", id).query(String.class).single();
    }
}
