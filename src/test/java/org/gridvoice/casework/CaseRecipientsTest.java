package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.notification.NotificationService;
import org.gridvoice.proposal.ProposalService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A case's step travels with everyone who must hear of it, so the notification module never asks
 * casework: the office that must act, the residents behind the proposal, and the consultation whose
 * followers (the notification module's own data) hear of it too; nobody for an internal note.
 */
@GridVoiceTest
@RecordApplicationEvents
class CaseRecipientsTest {

    private static final long GRID_STATION_XINGFULI = 1L;

    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired ProposalService proposals;
    @Autowired NotificationService notifications;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private SignedInUser officer;
    private SignedInUser lead;

    @BeforeEach
    void anAcceptedProposal() {
        fixture.threeProposalsOnTheBallot("谁会知道");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        lead = people.create(Role.OFFICE_LEAD, GRID_STATION_XINGFULI);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void each_step_names_who_must_hear_and_followers_of_the_consultation_hear_of_public_steps() {
        SignedInUser follower = people.resident();
        People.actAs(follower);
        notifications.follow(fixture.consultation);
        People.actAs(fixture.committee);
        Long caseId = cases.route(fixture.a, new RouteForm(null));

        List<Long> behind = new ArrayList<>();
        behind.add(proposals.summaryOf(fixture.a).authorId());
        proposals.endorsers(fixture.a).stream().filter(p -> !behind.contains(p)).forEach(behind::add);
        CaseRecipients routed = last(CaseEventKind.ROUTED).recipients();
        assertThat(routed.office()).as("the office that must act").contains(officer.id(), lead.id());
        assertThat(routed.residents()).as("the residents behind the proposal").containsExactlyElementsOf(behind);
        assertThat(routed.consultationId()).as("whose followers hear too").isEqualTo(fixture.consultation);

        People.actAs(officer);
        workflow.note(caseId, new CaseNoteForm("内部", null));
        assertThat(last(CaseEventKind.NOTE).recipients()).as("an internal note is told to nobody").isEqualTo(CaseRecipients.NOBODY);

        workflow.accept(caseId, null);
        CaseRecipients accepted = last(CaseEventKind.ACCEPTED).recipients();
        assertThat(accepted.office()).as("the office took it itself").isEmpty();
        assertThat(accepted.residents()).containsExactlyElementsOf(behind);
        assertThat(steps(follower)).as("the follower heard of routing and acceptance").isEqualTo(2);
    }

    private CaseChanged last(CaseEventKind kind) {
        return events.stream(CaseChanged.class).filter(e -> e.kind() == kind).reduce((first, then) -> then).orElseThrow();
    }

    private int steps(SignedInUser person) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'CASE_STEP'").param("u", person.id())
                .query(Integer.class).single();
    }
}
