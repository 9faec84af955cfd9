package org.gridvoice.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class ProposalServiceTest {

    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    private Long consultation;
    private long environment;
    private long parking;

    @BeforeEach
    void openConsultationForGridsOneAndTwo() {
        environment = category("environment");
        parking = category("parking");
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "测试议题" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 2));
        consultations.publish(consultation);
        People.signOut();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private long category(String code) {
        return jdbc.sql("SELECT id FROM place_category WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private Long post(SignedInUser author, String title) {
        People.actAs(author);
        return proposals.create(new ProposalForm(consultation, title, "| 位置 | 问题 |\n|---|---|\n| 东门 | " + title + " |",
                environment, null, "东门外"));
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM proposal WHERE consultation_id = :c").param("c", consultation).query(Long.class).single();
    }

    @Test
    void a_verified_resident_in_scope_posts_a_proposal_in_their_own_grid() {
        SignedInUser author = people.verifiedResidentOf(2L);
        Long id = post(author, "东门路灯不亮");
        ProposalDetails details = proposals.details(id);
        assertThat(details.summary().gridName()).isEqualTo("第二网格");
        assertThat(details.summary().authorName()).isEqualTo(author.displayName());
        assertThat(details.bodyHtml()).contains("<table>");
        assertThat(details.editable()).isTrue();
        assertThat(details.endorsable()).as("not one's own").isFalse();
        assertThat(details.endorseRefusal()).isEqualTo("proposal.error.own");
    }

    @Test
    void residents_outside_the_scope_or_unverified_cannot_propose_and_nothing_is_stored() {
        assertThatThrownBy(() -> post(people.verifiedResidentOf(3L), "第三网格的想法"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.not-eligible")).isTrue());
        assertThatThrownBy(() -> post(people.resident(), "未认证的想法"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.not-eligible")).isTrue());
        People.actAs(people.verifiedResidentOf(1L));
        assertThatThrownBy(() -> proposals.create(new ProposalForm(consultation, "停车", "内容", parking, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("categoryId", "proposal.error.category")).isTrue());
        assertThatThrownBy(() -> proposals.create(new ProposalForm(consultation, "标".repeat(121), "字".repeat(10_001), environment, 3L, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("title", "validation.too-long")).isTrue();
                    assertThat(e.concerns("body", "validation.too-long")).isTrue();
                });
        assertThatThrownBy(() -> proposals.create(new ProposalForm(consultation, "别的网格", "内容", environment, 3L, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("gridId", "proposal.error.grid")).isTrue());
        assertThat(count()).isZero();
    }

    @Test
    void proposals_are_refused_outside_the_proposals_phase() {
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        consultations.closePhaseEarly(consultation, new ReasonForm("提前结束征集"));
        assertThatThrownBy(() -> post(people.verifiedResidentOf(1L), "晚到的提案"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.phase")).isTrue());
    }

    @Test
    void endorsements_count_once_each_qualify_at_the_threshold_and_can_be_taken_back() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = post(author, "增设充电桩");
        SignedInUser first = people.verifiedResidentOf(2L);
        People.actAs(first);
        proposals.endorse(id);
        assertThatThrownBy(() -> proposals.endorse(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.endorsed-already")).isTrue());
        assertThat(proposals.details(id).summary().qualified()).isFalse();

        People.actAs(people.verifiedResidentOf(1L));
        proposals.endorse(id);
        assertThat(proposals.details(id).summary()).satisfies(s -> {
            assertThat(s.endorsementCount()).isEqualTo(2);
            assertThat(s.qualified()).isTrue();
        });
        People.actAs(author);
        assertThatThrownBy(() -> proposals.endorse(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.own")).isTrue());
        People.actAs(people.verifiedResidentOf(3L));
        assertThatThrownBy(() -> proposals.endorse(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.not-eligible")).isTrue());

        People.actAs(first);
        proposals.withdrawEndorsement(id);
        assertThat(proposals.details(id).summary()).satisfies(s -> {
            assertThat(s.endorsementCount()).isEqualTo(1);
            assertThat(s.qualified()).isFalse();
        });
    }

    @Test
    void the_author_rewords_until_the_first_endorsement_and_earlier_wordings_are_kept() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long id = post(author, "垃圾桶太少");
        long version = proposals.details(id).version();
        proposals.edit(id, version, new ProposalForm(consultation, "垃圾桶太少，需要加两个", "东门和北门各加一个", environment, null, null));
        assertThat(proposals.versions(id)).extracting(ProposalVersion::title).containsExactly("垃圾桶太少");
        assertThatThrownBy(() -> proposals.edit(id, version, new ProposalForm(consultation, "旧页面的修改", "x", environment, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.stale")).isTrue());

        People.actAs(people.verifiedResidentOf(2L));
        assertThatThrownBy(() -> proposals.edit(id, proposals.details(id).version(),
                new ProposalForm(consultation, "别人改", "x", environment, null, null))).isInstanceOf(AccessDeniedException.class);
        proposals.endorse(id);

        People.actAs(author);
        assertThatThrownBy(() -> proposals.edit(id, proposals.details(id).version(),
                new ProposalForm(consultation, "附议后再改", "x", environment, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "proposal.error.not-editable")).isTrue());
        assertThat(proposals.details(id).summary().title()).isEqualTo("垃圾桶太少，需要加两个");
    }

    @Test
    void typing_a_title_suggests_similar_chinese_proposals() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long parkingIdea = post(author, "小区夜间停车难");
        post(author, "楼道堆物影响消防");
        assertThat(proposals.similar(consultation, "停车太难了")).extracting(SimilarProposal::id).containsExactly(parkingIdea);
        assertThat(proposals.similar(consultation, "绿化")).isEmpty();
    }

    @Test
    void the_list_sorts_filters_and_searches_in_the_database_with_bounded_statements() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long quiet = post(author, "健身器材维修");
        Long popular = post(author, "增加快递柜");
        Long withdrawn = post(author, "撤回的提案");
        proposals.withdraw(withdrawn, new ReasonForm("与另一提案重复"));
        People.actAs(people.verifiedResidentOf(2L));
        proposals.endorse(popular);
        People.signOut();

        assertThat(proposals.list(consultation, ProposalFilter.open(), ProposalSort.MOST_ENDORSED, PageRequest.of(0, 10)).getContent())
                .extracting(ProposalSummary::id).containsExactly(popular, quiet);
        assertThat(proposals.list(consultation, new ProposalFilter(null, null, ProposalStatus.OPEN, null, "快递"), ProposalSort.NEWEST,
                PageRequest.of(0, 10)).getContent()).extracting(ProposalSummary::id).containsExactly(popular);
        assertThat(proposals.list(consultation, new ProposalFilter(null, 2L, null, null, null), ProposalSort.NEWEST,
                PageRequest.of(0, 10))).isEmpty();
        assertThat(proposals.list(consultation, new ProposalFilter(null, null, ProposalStatus.WITHDRAWN, null, null), ProposalSort.NEWEST,
                PageRequest.of(0, 10)).getContent()).extracting(ProposalSummary::id).containsExactly(withdrawn);

        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        proposals.list(consultation, ProposalFilter.open(), ProposalSort.NEWEST, PageRequest.of(0, 10));
        long small = stats.getPrepareStatementCount();
        stats.clear();
        proposals.list(consultation, ProposalFilter.open(), ProposalSort.NEWEST, PageRequest.of(0, 50));
        assertThat(stats.getPrepareStatementCount()).as("statements do not grow with the page").isEqualTo(small).isLessThanOrEqualTo(3);
    }
}
