package org.gridvoice.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.FeedbackForm;
import org.gridvoice.casework.FeedbackService;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.OutcomeService;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.TieBreakForm;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A proposal's whole life as its page tells it: open, qualified, on the ballot, accepted or not
 * (with its tally and a link to the result), routed (with its case, office and case status),
 * resolved, reopened, closed; and the lists filtered by each of these.
 */
@GridVoiceTest
class ProposalLifecycleTest {

    private static final long GRID_STATION_XINGFULI = 1L;

    @Autowired VotingFixture fixture;
    @Autowired ProposalService proposals;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired FeedbackService feedback;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired OutcomeService outcomes;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_proposal_goes_from_open_to_qualified_to_the_ballot_to_accepted_routed_resolved_reopened_and_closed() {
        fixture.threeProposalsOnTheBallot("生命周期");
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser author = people.verifiedResidentOf(1L);
        People.actAs(author);
        Long d = proposals.create(new ProposalForm(fixture.consultation, "丁", "内容", environment, null, null));
        assertThat(status(d)).isEqualTo("OPEN");
        assertThat(proposals.details(d).progress().resultUrl()).isNull();

        SignedInUser neighbour = people.verifiedResidentOf(2L);
        People.actAs(neighbour);
        proposals.endorse(d);
        assertThat(status(d)).as("threshold 1 reached").isEqualTo("QUALIFIED");
        assertThat(proposals.details(d).progress().qualifiedAt()).isNotNull();
        proposals.withdrawEndorsement(d);
        assertThat(status(d)).as("below the threshold again").isEqualTo("OPEN");
        proposals.endorse(d);
        assertThat(status(d)).isEqualTo("QUALIFIED");

        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        assertThat(status(d)).isEqualTo("ON_BALLOT");
        assertThat(status(fixture.a)).isEqualTo("ON_BALLOT");
        assertThat(proposals.details(d).progress().ballotAt()).isNotNull();

        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1, d, 1));
        fixture.vote(1, Map.of(fixture.a, 1, d, 0));
        fixture.closeEarly();
        assertThat(status(d)).isEqualTo("ACCEPTED");
        ProposalProgress accepted = proposals.details(d).progress();
        assertThat(accepted.resultUrl()).isEqualTo("consultations/" + fixture.consultation + "/voting");
        assertThat(accepted.tally()).isEqualTo(new ProposalTally(ProposalTally.Method.YES_NO_ABSTAIN, 1, 0, 1, 0, false));
        assertThat(accepted.caseUrl()).as("not routed yet").isNull();
        assertThat(status(fixture.b)).isEqualTo("NOT_ACCEPTED");
        ProposalProgress rejected = proposals.details(fixture.b).progress();
        assertThat(rejected.tally()).isEqualTo(new ProposalTally(ProposalTally.Method.YES_NO_ABSTAIN, 0, 1, 0, 0, false));
        assertThat(rejected.resultUrl()).isEqualTo("consultations/" + fixture.consultation + "/voting");
        assertThat(rejected.decidedAt()).isNotNull();

        People.actAs(fixture.committee);
        Long caseId = routing.route(d, new RouteForm(null));
        assertThat(status(d)).isEqualTo("ROUTED");
        ProposalProgress routed = proposals.details(d).progress();
        assertThat(routed.caseUrl()).isEqualTo("cases/" + caseId);
        assertThat(routed.caseOffice()).isEqualTo("幸福里网格站");
        assertThat(routed.caseStatus()).isEqualTo(CaseProgress.NEW);
        assertThat(routed.routedAt()).isNotNull();

        SignedInUser officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        People.actAs(officer);
        workflow.accept(caseId, null);
        assertThat(proposals.details(d).progress().caseStatus()).isEqualTo(CaseProgress.ACCEPTED);
        assertThat(status(d)).isEqualTo("ROUTED");
        workflow.resolve(caseId, new CaseNoteForm("已处理", null));
        assertThat(status(d)).isEqualTo("RESOLVED");
        assertThat(proposals.details(d).progress().resolvedAt()).isNotNull();

        People.actAs(asUser(author.id()));
        feedback.answer(caseId, new FeedbackForm(Resolution.UNRESOLVED, Satisfaction.UNSATISFIED, "还没好"));
        jdbc.sql("UPDATE casework_case SET feedback_until = :past WHERE id = :id").param("past", LocalDateTime.now().minusMinutes(1))
                .param("id", caseId).update();
        People.signOut();
        feedback.decideEnded();
        assertThat(status(d)).as("reopened: back to routed").isEqualTo("ROUTED");
        assertThat(proposals.details(d).progress().caseStatus()).isEqualTo(CaseProgress.IN_PROGRESS);
        assertThat(proposals.details(d).progress().resolvedAt()).isNull();

        People.actAs(officer);
        workflow.resolve(caseId, new CaseNoteForm("这次真的好了", null));
        People.actAs(asUser(author.id()));
        feedback.answer(caseId, new FeedbackForm(Resolution.RESOLVED, Satisfaction.SATISFIED, null));
        People.actAs(asUser(neighbour.id()));
        feedback.answer(caseId, new FeedbackForm(Resolution.RESOLVED, Satisfaction.SATISFIED, null));
        assertThat(status(d)).isEqualTo("CLOSED");
        ProposalProgress closed = proposals.details(d).progress();
        assertThat(closed.caseStatus()).isEqualTo(CaseProgress.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.caseUrl()).isEqualTo("cases/" + caseId);
        assertThat(closed.resultUrl()).isEqualTo("consultations/" + fixture.consultation + "/voting");
        assertThat(closed.steps()).extracting(ProposalProgress.Step::stage).containsExactly(ProposalStatus.OPEN, ProposalStatus.QUALIFIED,
                ProposalStatus.ON_BALLOT, ProposalStatus.ACCEPTED, ProposalStatus.ROUTED, ProposalStatus.RESOLVED, ProposalStatus.CLOSED);
        assertThat(closed.steps()).allMatch(ProposalProgress.Step::reached);
    }

    @Test
    void proposals_below_the_threshold_do_not_qualify_and_a_withdrawn_one_stays_withdrawn() {
        fixture.threeProposalsOnTheBallot("未达门槛");
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.verifiedResidentOf(1L));
        Long lonely = proposals.create(new ProposalForm(fixture.consultation, "戊", "内容", environment, null, null));
        Long withdrawn = proposals.create(new ProposalForm(fixture.consultation, "己", "内容", environment, null, null));
        proposals.withdraw(withdrawn, new ReasonForm("重复了"));
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        assertThat(status(lonely)).isEqualTo("NOT_QUALIFIED");
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        assertThat(proposals.details(withdrawn).progress().steps()).extracting(ProposalProgress.Step::stage)
                .containsExactly(ProposalStatus.OPEN, ProposalStatus.WITHDRAWN);
        fixture.closeEarly();
        assertThat(status(lonely)).isEqualTo("NOT_QUALIFIED");
        assertThat(status(fixture.a)).as("nobody voted: not accepted").isEqualTo("NOT_ACCEPTED");
        assertThat(proposals.details(lonely).progress().resultUrl()).as("never on the ballot").isNull();
    }

    @Test
    void the_list_filters_by_each_status_in_sql_and_by_default_shows_all_but_the_withdrawn() {
        fixture.threeProposalsOnTheBallot("筛选");
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.verifiedResidentOf(1L));
        Long lonely = proposals.create(new ProposalForm(fixture.consultation, "戊", "内容", environment, null, null));
        Long withdrawn = proposals.create(new ProposalForm(fixture.consultation, "己", "内容", environment, null, null));
        proposals.withdraw(withdrawn, new ReasonForm("重复了"));
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        routing.route(fixture.a, new RouteForm(null));
        People.signOut();

        assertThat(ids(ProposalStatus.valueOf("ROUTED"))).containsExactly(fixture.a);
        assertThat(ids(ProposalStatus.valueOf("NOT_ACCEPTED"))).containsExactlyInAnyOrder(fixture.b, fixture.c);
        assertThat(ids(ProposalStatus.valueOf("NOT_QUALIFIED"))).containsExactly(lonely);
        assertThat(ids(ProposalStatus.WITHDRAWN)).containsExactly(withdrawn);
        assertThat(ids(ProposalStatus.OPEN)).isEmpty();
        assertThat(ids(null)).as("the default: everything but the withdrawn")
                .containsExactlyInAnyOrder(fixture.a, fixture.b, fixture.c, lonely);
        var firstPage = proposals.list(fixture.consultation, ProposalFilter.current(), ProposalSort.NEWEST, PageRequest.of(0, 2));
        assertThat(firstPage.getContent()).hasSize(2);
        assertThat(firstPage.hasNext()).as("paged in SQL").isTrue();
        assertThat(proposals.list(fixture.consultation, ProposalFilter.current(), ProposalSort.NEWEST, PageRequest.of(1, 2)).getContent())
                .hasSize(2);
        assertThat(proposals.count(fixture.consultation, ProposalFilter.current(), 100)).as("the list's length, as listed").isEqualTo(4);
        assertThat(proposals.count(fixture.consultation, new ProposalFilter(null, null, ProposalStatus.WITHDRAWN, null, null), 100))
                .isEqualTo(1);
        assertThat(proposals.count(fixture.consultation, ProposalFilter.current(), 3)).as("counting stops at the limit").isEqualTo(3);
    }

    @Test
    void a_tied_proposal_is_not_accepted_until_the_committee_breaks_the_tie_in_its_favour() {
        fixture.threeProposalsOnTheBallot("平票");
        fixture.open(new VotingRulesForm(VotingMethod.APPROVAL, 2, 1, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, 1));
        fixture.vote(1, Map.of(fixture.a, 1, fixture.b, 1));
        fixture.vote(2, Map.of(fixture.c, 1));
        fixture.closeEarly();
        assertThat(status(fixture.a)).isEqualTo("NOT_ACCEPTED");
        assertThat(proposals.details(fixture.a).progress().tally())
                .isEqualTo(new ProposalTally(ProposalTally.Method.APPROVAL, 0, 0, 0, 2, true));
        People.actAs(fixture.committee);
        outcomes.breakTie(fixture.consultation, new TieBreakForm(Set.of(fixture.b), "乙更急"));
        assertThat(status(fixture.b)).isEqualTo("ACCEPTED");
        assertThat(status(fixture.a)).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void the_migration_gives_existing_proposals_the_status_their_vote_and_case_say() throws Exception {
        fixture.threeProposalsOnTheBallot("迁移");
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(people.verifiedResidentOf(1L));
        Long lonely = proposals.create(new ProposalForm(fixture.consultation, "戊", "内容", environment, null, null));
        Long withdrawn = proposals.create(new ProposalForm(fixture.consultation, "己", "内容", environment, null, null));
        proposals.withdraw(withdrawn, new ReasonForm("重复了"));
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long caseId = routing.route(fixture.a, new RouteForm(null));
        People.signOut();

        String migration = new String(new org.springframework.core.io.ClassPathResource("db/migration/V19__proposal_lifecycle.sql")
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            // the rows as they were before V19: OPEN or WITHDRAWN, nothing else known
            jdbc.sql("""
                    UPDATE proposal SET status = IF(status = 'WITHDRAWN', 'WITHDRAWN', 'OPEN'), qualified_at = NULL, ballot_at = NULL,
                        decided_at = NULL, result_method = NULL, result_yes = NULL, result_no = NULL, result_abstentions = NULL,
                        result_approvals = NULL, result_tied = FALSE, case_id = NULL, case_office = NULL, case_status = NULL,
                        routed_at = NULL, resolved_at = NULL, closed_at = NULL
                    WHERE consultation_id = :c""").param("c", fixture.consultation).update();
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank() && !statement.strip().startsWith("ALTER TABLE")) {
                    jdbc.sql(statement).update();
                }
            }
            assertThat(status(fixture.a)).isEqualTo("ROUTED");
            assertThat(proposals.details(fixture.a).progress().caseUrl()).isEqualTo("cases/" + caseId);
            assertThat(proposals.details(fixture.a).progress().caseOffice()).isEqualTo("幸福里网格站");
            assertThat(proposals.details(fixture.a).progress().tally())
                    .isEqualTo(new ProposalTally(ProposalTally.Method.YES_NO_ABSTAIN, 1, 0, 0, 0, false));
            assertThat(proposals.details(fixture.a).progress().qualifiedAt()).isNotNull();
            assertThat(status(fixture.b)).isEqualTo("NOT_ACCEPTED");
            assertThat(status(lonely)).isEqualTo("NOT_QUALIFIED");
            assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
            tx.setRollbackOnly();
        });
    }

    private java.util.List<Long> ids(ProposalStatus status) {
        return proposals.list(fixture.consultation, new ProposalFilter(null, null, status, null, null), ProposalSort.NEWEST,
                PageRequest.of(0, 50)).map(ProposalSummary::id).getContent();
    }

    private String status(Long id) {
        return proposals.details(id).summary().status().name();
    }

    private SignedInUser asUser(Long id) {
        String email = jdbc.sql("SELECT email FROM account_user WHERE id = :id").param("id", id).query(String.class).single();
        return new SignedInUser(id, email, "居民", true, EnumSet.of(Role.RESIDENT), null);
    }
}
