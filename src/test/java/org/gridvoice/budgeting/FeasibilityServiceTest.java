package org.gridvoice.budgeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class FeasibilityServiceTest {

    @Autowired BudgetFixture fixture;
    @Autowired FeasibilityService feasibility;
    @Autowired ResponsibilityService responsibilities;
    @Autowired AuditTrail trail;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser officer;
    private SignedInUser otherOfficer;

    @BeforeEach
    void budgetOf200000WithACapOf80000() {
        fixture.consultation(200_000L, 80_000L);
        long named = responsibilities.route(fixture.environment, 1L, LocalDateTime.now()).officeId();
        long other = jdbc.sql("SELECT MIN(id) FROM place_office WHERE id <> :o").param("o", named).query(Long.class).single();
        officer = people.create(Role.OFFICER, named);
        otherOfficer = people.create(Role.OFFICER, other);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_named_office_marks_a_proposal_feasible_and_the_review_is_public_and_on_the_audit_chain() {
        Long lamp = fixture.project("东门路灯", 50_000);
        assertThat(feasibility.review(lamp).orElseThrow().feasibility()).isEqualTo(Feasibility.PENDING);
        People.actAs(officer);
        assertThat(feasibility.review(lamp).orElseThrow().reviewable()).isTrue();
        feasibility.review(lamp, new FeasibilityForm(true, "路段属本科室管理，可以实施", null, null));
        People.signOut();
        ProjectReview review = feasibility.review(lamp).orElseThrow();
        assertThat(review.feasibility()).isEqualTo(Feasibility.FEASIBLE);
        assertThat(review.reason()).isEqualTo("路段属本科室管理，可以实施");
        assertThat(review.reviewerName()).isNotBlank();
        assertThat(review.costYuan()).isEqualTo(50_000L);
        assertThat(review.reviewable()).isFalse();
        AuditEntry entry = trail.latest("proposal", lamp, "BUDGET_REVIEWED").orElseThrow();
        assertThat(entry.payload()).startsWith("FEASIBLE, cost 50000");
        assertThat(entry.actorRef()).startsWith("office:");
    }

    @Test
    void the_committee_reviews_too_and_corrects_the_cost_with_a_public_note() {
        Long seats = fixture.project("休息座椅", 30_000);
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> feasibility.review(seats, new FeasibilityForm(true, "可行", 36_000L, " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("costNote", "budgeting.error.cost-note")).isTrue());
        feasibility.review(seats, new FeasibilityForm(true, "可行", 36_000L, "含安装费"));
        ProjectReview review = feasibility.review(seats).orElseThrow();
        assertThat(review.estimateYuan()).isEqualTo(30_000L);
        assertThat(review.costYuan()).isEqualTo(36_000L);
        assertThat(review.costNote()).isEqualTo("含安装费");
        assertThat(review.reviewerName()).isNull();
        assertThat(feasibility.ballot(fixture.consultation)).containsExactly(new BallotProject(seats, "休息座椅", 36_000L));
        assertThat(trail.latest("proposal", seats, "BUDGET_REVIEWED").orElseThrow().actorRef()).startsWith("committee:");
    }

    @Test
    void another_offices_staff_and_residents_cannot_review() {
        Long lamp = fixture.project("东门路灯", 50_000);
        People.actAs(otherOfficer);
        assertThat(feasibility.review(lamp).orElseThrow().reviewable()).isFalse();
        assertThatThrownBy(() -> feasibility.review(lamp, new FeasibilityForm(true, "可行", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.author);
        assertThatThrownBy(() -> feasibility.review(lamp, new FeasibilityForm(true, "可行", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> feasibility.review(lamp, new FeasibilityForm(true, "可行", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(feasibility.review(lamp).orElseThrow().feasibility()).isEqualTo(Feasibility.PENDING);
        assertThat(trail.latest("proposal", lamp, "BUDGET_REVIEWED")).isEmpty();
    }

    @Test
    void only_feasible_qualified_proposals_are_on_the_ballot_and_pending_counts_the_unreviewed() {
        Long lamp = fixture.project("东门路灯", 50_000);
        Long pool = fixture.project("游泳池", 80_000);
        Long seats = fixture.project("休息座椅", 30_000);
        assertThat(feasibility.pending(fixture.consultation)).isEqualTo(3);
        People.actAs(officer);
        feasibility.review(lamp, new FeasibilityForm(true, "可行", null, null));
        feasibility.review(pool, new FeasibilityForm(false, "场地不足", null, null));
        assertThat(feasibility.pending(fixture.consultation)).isEqualTo(1);
        assertThat(feasibility.ballot(fixture.consultation)).extracting(BallotProject::proposalId).containsExactly(lamp);
        // revised while the proposals phase lasts
        feasibility.review(pool, new FeasibilityForm(true, "找到场地", null, null));
        assertThat(feasibility.ballot(fixture.consultation)).extracting(BallotProject::proposalId).containsExactly(lamp, pool);
        var page = feasibility.reviews(fixture.consultation, PageRequest.of(0, 2));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(ProjectReview::proposalId).containsExactly(lamp, pool);
        assertThat(page.getContent()).extracting(ProjectReview::categoryZh).doesNotContainNull();
        assertThat(feasibility.reviews(fixture.consultation, PageRequest.of(1, 2)).getContent())
                .extracting(ProjectReview::proposalId, ProjectReview::feasibility)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(seats, Feasibility.PENDING));
    }

    @Test
    void a_feasible_project_above_the_cap_needs_a_correction_under_it() {
        Long lamp = fixture.project("东门路灯", 80_000);
        People.actAs(fixture.committee);
        jdbc.sql("UPDATE consultation SET budget_max_project_yuan = 60000 WHERE id = :c").param("c", fixture.consultation).update();
        assertThat(feasibility.review(lamp).orElseThrow().overCap()).isTrue();
        assertThatThrownBy(() -> feasibility.review(lamp, new FeasibilityForm(true, "可行", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "budgeting.error.over-cap")).isTrue());
        feasibility.review(lamp, new FeasibilityForm(false, "超出单项上限", null, null));
        feasibility.review(lamp, new FeasibilityForm(true, "缩小范围", 60_000L, "只做东门一段"));
        assertThat(feasibility.review(lamp).orElseThrow().overCap()).isFalse();
    }

    @Test
    void reviews_end_when_voting_opens_and_unqualified_or_ordinary_proposals_are_refused() {
        Long lamp = fixture.project("东门路灯", 50_000);
        People.actAs(fixture.author);
        Long alone = createUnendorsed();
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> feasibility.review(alone, new FeasibilityForm(true, "可行", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "budgeting.error.not-qualified")).isTrue());
        fixture.deliberate();
        People.actAs(fixture.committee);
        feasibility.review(lamp, new FeasibilityForm(true, "可行", null, null));
        fixture.openVoting();
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> feasibility.review(lamp, new FeasibilityForm(false, "改主意", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "budgeting.error.phase")).isTrue());
        assertThat(feasibility.review(lamp).orElseThrow().feasibility()).isEqualTo(Feasibility.FEASIBLE);
    }

    @Test
    void an_ordinary_consultations_proposal_has_no_review() {
        fixture.consultation(null, null);
        People.actAs(fixture.author);
        Long plain = createOrdinary();
        assertThat(feasibility.review(plain)).isEmpty();
        People.actAs(fixture.committee);
        assertThatThrownBy(() -> feasibility.review(plain, new FeasibilityForm(true, "可行", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "budgeting.error.not-budget")).isTrue());
    }

    @Autowired org.gridvoice.proposal.ProposalService proposals;

    private Long createUnendorsed() {
        return proposals.create(new org.gridvoice.proposal.ProposalForm(fixture.consultation, "无人附议", "内容", fixture.environment, 1L, null,
                false, 1_000L));
    }

    private Long createOrdinary() {
        return proposals.create(new org.gridvoice.proposal.ProposalForm(fixture.consultation, "普通", "内容", fixture.environment, 1L, null));
    }
}
