package org.gridvoice.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor (signed out, in English) follows a case's steps to the chain and verifies the case. */
class CaseChainPanelTest extends ViewTest {

    @Autowired VotingFixture fixture;
    @Autowired CaseRoutingService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired JdbcClient jdbc;

    @Test
    void a_visitor_sees_the_entry_of_each_step_and_verify_this_case_says_whether_the_timeline_matches() {
        fixture.threeProposalsOnTheBallot("核验页面");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long id = cases.route(fixture.a, new RouteForm("请尽快处理"));
        People.actAs(people.create(Role.OFFICER, 1L));
        workflow.accept(id, "收到");
        People.signOut();
        inEnglish();

        navigate("cases/" + id);
        CaseChainPanel panel = _get(CaseChainPanel.class);
        long routedSeq = seqOf(id, "CASE_ROUTED");
        // the entries are HTML on the list (not components): read them as the browser does
        assertThat(org.jsoup.Jsoup.parse(panel.getElement().getOuterHTML()).select("#case-chain-entries li > a")).hasSize(2).first()
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo("/open-data/audit?from=" + routedSeq + "&limit=1"))
                .satisfies(a -> assertThat(a.text()).startsWith("routed to an office, ").endsWith(": entry #" + routedSeq));
        _click(panel.verify);
        assertThat(panel.result.getText()).isEqualTo("The timeline matches 2 entries of the audit chain.");
        assertThat(panel.result.getElement().getAttribute("aria-live")).isEqualTo("polite");

        jdbc.sql("UPDATE casework_event SET note = '不受理' WHERE case_id = :c AND kind = 'ACCEPTED'").param("c", id).update();
        _click(panel.verify);
        assertThat(panel.result.getText()).startsWith("The timeline does not match the chain: the step “accepted by the office” of ")
                .contains("differs from its entry #" + seqOf(id, "CASE_ACCEPTED"));
    }

    private long seqOf(Long caseId, String kind) {
        return jdbc.sql("SELECT seq FROM audit_entry WHERE object_type = 'case' AND object_id = :c AND kind = :k").param("c", caseId)
                .param("k", kind).query(Long.class).single();
    }
}
