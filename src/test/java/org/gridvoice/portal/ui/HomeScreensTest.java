package org.gridvoice.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each role's home page shows what needs them now, with counts, links and empty states; a visitor sees what goes on in public. */
class HomeScreensTest extends ViewTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final LocalDateTime SOON = LocalDateTime.now().plusMinutes(30);
    private static final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired VotingFixture fixture;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired JdbcClient jdbc;

    private static Section section(String id) {
        return _get(Section.class, s -> s.withId(id));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** The ids of the home's sections, in the order they are shown. */
    private static List<String> sections() {
        return _get(Div.class, s -> s.withClasses("gv-home")).getChildren().map(c -> c.getId().orElse("")).toList();
    }

    private static List<String> links(String sectionId) {
        return _find(section(sectionId), Anchor.class).stream().map(Anchor::getHref).toList();
    }

    private Long consultationCollectingProposals(String title) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(fixture.committee == null ? people.committeeOf(People.COMMUNITY_XINGFULI) : fixture.committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        // each one closes its proposals sooner than the one before, so it leads its phase's short list
        LocalDateTime closes = SOON.minusMinutes(created.incrementAndGet());
        Long id = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, title, "说明", true, Set.of(), Set.of(environment),
                open, closes, open.plusDays(21), open.plusDays(28), 1));
        consultations.publish(id);
        return id;
    }

    private Long propose(SignedInUser author, Long consultation, String title) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(author);
        return proposals.create(new ProposalForm(consultation, title, "内容", environment, null, null));
    }

    private SignedInUser asUser(Long id) {
        String email = jdbc.sql("SELECT email FROM account_user WHERE id = :id").param("id", id).query(String.class).single();
        return new SignedInUser(id, email, "居民", true, EnumSet.of(Role.RESIDENT), null);
    }

    @Test
    void a_verified_resident_sees_the_vote_that_needs_them_their_community_their_proposals_and_their_grid_but_no_invitation() {
        fixture.threeProposalsOnTheBallot("首页投票");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        String voteTitle = consultations.details(fixture.consultation).title();
        SignedInUser resident = fixture.voters[0];
        String collecting = "首页征集" + System.nanoTime();
        propose(resident, consultationCollectingProposals(collecting), "我的首页建议");

        signIn(resident);
        navigate("");
        assertThat(sections()).startsWith("home-needs-vote", "home-confirm").contains("home-community", "home-proposals", "home-grid-cases")
                .doesNotContain("home-residency");
        assertThat(text(section("home-needs-vote"))).startsWith("等您投票1").contains(voteTitle).contains("投票截至");
        assertThat(links("home-needs-vote")).contains("consultations/" + fixture.consultation + "/voting");
        assertThat(text(section("home-community"))).contains(collecting).contains("征集截至").contains("投票");
        assertThat(text(section("home-proposals"))).contains("我的首页建议").contains("征集中");
        assertThat(text(section("home-confirm"))).contains("没有等您确认的工单。");
        assertThat(_find(Anchor.class, s -> s.withText("申请认证"))).isEmpty();

        fixture.vote(0, Map.of(fixture.a, 1));
        signIn(resident);
        navigate("");
        assertThat(text(section("home-needs-vote"))).startsWith("等您投票0").contains("目前没有等您投票的议题。").doesNotContain(voteTitle);
    }

    @Test
    void an_unverified_resident_is_asked_first_to_apply_for_residency_and_sees_what_is_open() {
        String collecting = "公开征集" + System.nanoTime();
        consultationCollectingProposals(collecting);
        signIn(people.resident());
        navigate("");
        assertThat(sections()).containsExactly("home-residency", "home-open");
        assertThat(links("home-residency")).containsExactly("residency");
        assertThat(text(section("home-open"))).contains(collecting);
    }

    @Test
    void a_resident_whose_request_is_pending_is_told_so_and_not_invited_again() {
        SignedInUser resident = people.resident();
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at)
                VALUES (:u, 1, 1, '2号楼', '1单元', '202', 'PENDING', NOW())""").param("u", resident.id()).update();
        signIn(resident);
        navigate("");
        assertThat(sections().getFirst()).isEqualTo("home-residency");
        assertThat(text(section("home-residency"))).contains("待审核");
        assertThat(_find(Anchor.class, s -> s.withText("申请认证"))).isEmpty();
    }

    @Test
    void a_resolved_case_asks_its_proposer_on_their_home_shows_in_their_grid_and_in_public_as_resolved() {
        fixture.threeProposalsOnTheBallot("首页工单");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long caseId = routing.route(fixture.a, new RouteForm(null));
        People.actAs(people.create(Role.OFFICER, GRID_STATION_XINGFULI));
        workflow.accept(caseId, null);
        workflow.resolve(caseId, new CaseNoteForm("已处理", null));

        signIn(asUser(proposals.summaryOf(fixture.a).authorId()));
        navigate("");
        assertThat(text(section("home-confirm"))).startsWith("请您确认的工单1").contains("甲").contains("请您确认");
        assertThat(links("home-confirm")).contains("cases/" + caseId);
        assertThat(links("home-grid-cases")).contains("cases/" + caseId);

        People.signOut();
        navigate("");
        assertThat(text(section("home-resolved"))).contains("甲").contains("已办结，待居民确认");
        assertThat(links("home-resolved")).contains("cases/" + caseId);
    }

    @Test
    void a_visitor_sees_open_consultations_by_phase_recent_results_and_resolved_cases_and_how_to_join() {
        String collecting = "访客可见" + System.nanoTime();
        consultationCollectingProposals(collecting);
        fixture.threeProposalsOnTheBallot("访客结果");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.closeEarly();
        String closed = consultations.details(fixture.consultation).title();
        People.signOut();
        inEnglish();
        navigate("");
        assertThat(sections()).containsExactly("home-open", "home-results", "home-resolved");
        assertThat(text(section("home-open"))).startsWith("Open consultations").contains("Proposals").contains(collecting)
                .contains("Proposals until");
        assertThat(text(section("home-results"))).contains(closed).contains("Closed");
        assertThat(links("home-results")).contains("consultations/" + fixture.consultation + "/voting");
        assertThat(links("home-resolved")).contains("cases");
        assertThat(_find(Anchor.class, s -> s.withText("Register"))).isNotEmpty();
    }

    @Test
    void an_officer_sees_their_inbox_new_late_and_escalated_with_a_link_and_no_invitation_first() {
        SignedInUser officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        record Counts(long fresh, long late, long escalated) {
        }
        Counts expected = jdbc.sql("""
                SELECT COALESCE(SUM(status = 'NEW'), 0) AS fresh, COALESCE(SUM(late_at IS NOT NULL), 0) AS late,
                    COALESCE(SUM(escalated_at IS NOT NULL), 0) AS escalated
                FROM casework_case WHERE office_id = :o AND status IN ('NEW', 'ACCEPTED', 'IN_PROGRESS')""")
                .param("o", GRID_STATION_XINGFULI).query(Counts.class).single();
        inEnglish();
        signIn(officer);
        navigate("");
        assertThat(sections().getFirst()).isEqualTo("home-inbox");
        assertThat(sections().getLast()).as("residency offered last, not first").isEqualTo("home-residency");
        assertThat(text(section("home-inbox"))).startsWith("Your office’s inbox")
                .contains(expected.fresh() + " new").contains(expected.late() + " late").contains(expected.escalated() + " escalated");
        assertThat(links("home-inbox")).contains("office/cases", "office");
    }

    @Test
    void a_committee_member_sees_the_verification_queue_the_reports_to_review_and_consultations_by_phase() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        String title = "委员会首页" + System.nanoTime();
        consultationCollectingProposals(title);
        long pending = jdbc.sql("SELECT COUNT(*) FROM account_residency WHERE community_id = 1 AND status = 'PENDING'").query(Long.class).single();
        signIn(committee);
        navigate("");
        assertThat(sections()).startsWith("home-committee", "home-committee-consultations-1").doesNotContain("home-open");
        assertThat(sections().getLast()).isEqualTo("home-residency");
        assertThat(text(section("home-committee"))).contains("认证申请").contains("被举报的内容").contains("议题草稿");
        assertThat(_find(section("home-committee"), com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains(pending == 0 ? "目前没有待您审核的申请。" : "有 " + pending + " 份申请等待您审核。");
        assertThat(links("home-committee")).contains("committee/verifications", "committee/moderation", "consultations/editor");
        assertThat(text(section("home-committee-consultations-1"))).contains("征集提案").contains(title);
    }

    @Test
    void an_administrator_sees_the_admin_tools_and_a_verified_committee_member_sees_both_homes() {
        signIn(people.admin());
        navigate("");
        assertThat(sections()).startsWith("home-admin", "home-open");
        assertThat(links("home-admin")).containsExactly("admin/places", "admin/offices", "admin/categories", "responsibilities", "admin/accounts");

        SignedInUser both = people.committeeOf(People.COMMUNITY_XINGFULI);
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                VALUES (:u, 1, 1, '3号楼', '1单元', '303', 'APPROVED', NOW(), NOW())""").param("u", both.id()).update();
        signIn(both);
        navigate("");
        assertThat(sections()).contains("home-needs-vote", "home-confirm", "home-committee", "home-community", "home-proposals",
                "home-grid-cases").doesNotContain("home-residency");
    }
}
