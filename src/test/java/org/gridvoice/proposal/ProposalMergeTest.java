package org.gridvoice.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
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

/** The committee merges a duplicate proposal into another of the same consultation, or is told why not. */
@GridVoiceTest
class ProposalMergeTest {

    @Autowired ProposalMergeService merges;
    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired VotingFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private long environment;
    private SignedInUser committee;
    private Long consultation;
    private SignedInUser author;
    private SignedInUser both;

    @BeforeEach
    void openConsultationForGridsOneAndTwo() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        consultation = consultation();
        author = people.verifiedResidentOf(1L);
        both = people.verifiedResidentOf(2L);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private Long consultation() {
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long id = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "合并 " + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(id);
        People.signOut();
        return id;
    }

    private Long post(Long in, SignedInUser by, String title) {
        People.actAs(by);
        return proposals.create(new ProposalForm(in, title, "内容", environment, null, null));
    }

    private void endorse(Long proposal, SignedInUser... people) {
        for (SignedInUser person : people) {
            People.actAs(person);
            proposals.endorse(proposal);
        }
    }

    private List<Long> endorsers(Long proposal) {
        return jdbc.sql("SELECT user_id FROM proposal_endorsement WHERE proposal_id = :p ORDER BY user_id").param("p", proposal)
                .query(Long.class).list();
    }

    private String state(Long proposal) {
        return jdbc.sql("SELECT CONCAT(status, '/', endorsement_count, '/', COALESCE(merged_into, '-')) FROM proposal WHERE id = :p")
                .param("p", proposal).query(String.class).single();
    }

    private long chainEntries(Long proposal) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE kind = 'PROPOSAL_MERGED' AND object_id = :p").param("p", proposal)
                .query(Long.class).single();
    }

    private static void refused(Runnable merge, String field, String key) {
        assertThatThrownBy(merge::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(field, key)).isTrue());
    }

    @Test
    void endorsements_carry_over_once_per_person_the_merged_one_points_to_the_survivor_and_leaves_the_lists() {
        Long survivor = post(consultation, author, "东门路灯不亮");
        SignedInUser other = people.verifiedResidentOf(2L);
        Long duplicate = post(consultation, other, "东门的路灯坏了");
        SignedInUser third = people.verifiedResidentOf(1L);
        endorse(survivor, both);
        endorse(duplicate, both, third, author);

        People.actAs(committee);
        assertThat(merges.candidates(duplicate, "路灯", 0, 50)).extracting(MergeCandidate::id).containsExactly(survivor);
        merges.merge(duplicate, survivor);

        assertThat(endorsers(survivor)).as("who endorsed both counts once; the survivor's author does not endorse their own")
                .containsExactlyInAnyOrder(both.id(), third.id());
        assertThat(state(survivor)).isEqualTo("OPEN/2/-");
        assertThat(state(duplicate)).isEqualTo("MERGED/0/" + survivor);
        assertThat(proposals.details(duplicate)).satisfies(d -> {
            assertThat(d.mergedInto()).isEqualTo(survivor);
            assertThat(d.mergedIntoTitle()).isEqualTo("东门路灯不亮");
            assertThat(d.endorsable()).isFalse();
        });
        People.signOut();
        assertThat(proposals.list(consultation, ProposalFilter.current(), ProposalSort.NEWEST, PageRequest.of(0, 10)).getContent())
                .extracting(ProposalSummary::id).containsExactly(survivor);
        assertThat(proposals.list(consultation, new ProposalFilter(null, null, ProposalStatus.MERGED, null, null), ProposalSort.NEWEST,
                PageRequest.of(0, 10)).getContent()).as("the filter still shows it").extracting(ProposalSummary::id).containsExactly(duplicate);

        assertThat(jdbc.sql("SELECT CONCAT(actor_ref, ' ', payload) FROM audit_entry WHERE kind = 'PROPOSAL_MERGED' AND object_type = 'proposal' AND object_id = :p")
                .param("p", duplicate).query(String.class).single())
                .isEqualTo("committee:" + committee.id() + " into proposal " + survivor + ", consultation " + consultation
                        + ", endorsements 3, carried 1");
        assertThat(jdbc.sql("SELECT user_id FROM notification WHERE kind = 'PROPOSAL_MERGED' AND link = :l").param("l", "proposals/" + survivor)
                .query(Long.class).list()).as("the merged one's author and endorsers hear of it")
                .containsExactlyInAnyOrder(other.id(), both.id(), third.id(), author.id());
    }

    @Test
    void a_survivor_that_reaches_its_threshold_by_the_merge_qualifies() {
        Long survivor = post(consultation, author, "北门垃圾桶");
        Long duplicate = post(consultation, author, "北门加垃圾桶");
        endorse(survivor, both);
        endorse(duplicate, people.verifiedResidentOf(1L), people.verifiedResidentOf(2L));
        People.actAs(committee);
        merges.merge(duplicate, survivor);
        assertThat(state(survivor)).isEqualTo("QUALIFIED/3/-");
        assertThat(proposals.qualifiedProposals(consultation)).containsExactly(survivor);
    }

    @Test
    void merges_are_refused_with_a_reason_and_nothing_changes() {
        Long survivor = post(consultation, author, "健身器材");
        Long duplicate = post(consultation, author, "健身器材维修");
        Long withdrawn = post(consultation, author, "撤回的");
        proposals.withdraw(withdrawn, new ReasonForm("重复"));
        Long elsewhere = post(consultation(), author, "别的议题");
        endorse(duplicate, both);

        People.actAs(committee);
        refused(() -> merges.merge(duplicate, duplicate), "survivor", "proposal.merge.error.same");
        refused(() -> merges.merge(duplicate, elsewhere), "survivor", "proposal.merge.error.other-consultation");
        refused(() -> merges.merge(withdrawn, survivor), null, "proposal.merge.error.withdrawn");
        refused(() -> merges.merge(duplicate, withdrawn), "survivor", "proposal.merge.error.survivor-withdrawn");
        assertThat(state(duplicate)).isEqualTo("OPEN/1/-");
        assertThat(state(survivor)).isEqualTo("OPEN/0/-");

        Long third = post(consultation, author, "健身器材太旧");
        People.actAs(committee);
        merges.merge(third, survivor);
        refused(() -> merges.merge(third, duplicate), null, "proposal.merge.error.merged-already");
        refused(() -> merges.merge(duplicate, third), "survivor", "proposal.merge.error.survivor-merged");
        assertThat(merges.mergeRefusal(third)).isEqualTo("proposal.merge.error.merged-already");
        assertThat(state(duplicate)).isEqualTo("OPEN/1/-");
        assertThat(endorsers(duplicate)).containsExactly(both.id());
        assertThat(chainEntries(duplicate)).isZero();
    }

    @Test
    void once_voting_has_begun_nothing_is_merged() {
        fixture.threeProposalsOnTheBallot("合并投票");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        People.actAs(fixture.committee);
        refused(() -> merges.merge(fixture.b, fixture.a), null, "proposal.merge.error.voting-begun");
        assertThat(merges.mergeRefusal(fixture.b)).isEqualTo("proposal.merge.error.voting-begun");
        assertThat(jdbc.sql("SELECT status FROM proposal WHERE id = :p").param("p", fixture.b).query(String.class).single())
                .isEqualTo("ON_BALLOT");
    }

    @Test
    void only_the_committee_of_the_consultations_community_merges() {
        Long survivor = post(consultation, author, "停车位");
        Long duplicate = post(consultation, author, "停车位不足");
        endorse(duplicate, both);
        for (SignedInUser outsider : List.of(both, people.committeeOf(People.COMMUNITY_MEIYUAN))) {
            People.actAs(outsider);
            assertThatThrownBy(() -> merges.merge(duplicate, survivor)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> merges.candidates(duplicate, "", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThat(merges.mayMerge(consultation)).isFalse();
        }
        People.signOut();
        assertThatThrownBy(() -> merges.merge(duplicate, survivor)).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(state(duplicate)).isEqualTo("OPEN/1/-");
        assertThat(chainEntries(duplicate)).isZero();
    }
}
