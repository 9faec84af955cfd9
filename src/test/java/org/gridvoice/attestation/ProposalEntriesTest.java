package org.gridvoice.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentEntries;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.CommentThread;
import org.gridvoice.discussion.CommentView;
import org.gridvoice.discussion.DiscussionService;
import org.springframework.data.domain.PageRequest;
import org.gridvoice.proposal.EndorsementEntries;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.proposal.ProposalEntries;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proposals and endorsements staff enter for residents: while pending they are nowhere in the
 * proposals — an entered endorsement does not count toward the threshold — and once the resident
 * attests they count like the resident's own, marked as entered by staff.
 */
@GridVoiceTest
class ProposalEntriesTest {

    @Autowired StaffEntryService entries;
    @Autowired ResidentAttestationService residentSide;
    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired DiscussionService discussion;

    private Long consultation;
    private long environment;
    private SignedInUser committee;

    @BeforeEach
    void consultationWithThresholdTwo() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "代录议题" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 2));
        consultations.publish(consultation);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_pending_endorsement_does_not_count_toward_the_threshold_until_the_resident_attests_it() {
        SignedInUser author = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser neighbour = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser older = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(author);
        Long proposal = proposals.create(new ProposalForm(consultation, "东门加装路灯", "东门外太暗", environment, null, "东门外"));
        People.actAs(neighbour);
        proposals.endorse(proposal);

        People.actAs(committee);
        long entryId = entries.enter(older.id(), "endorsement", EndorsementEntries.payload(proposal));
        assertThat(entries.entry(entryId, Locale.SIMPLIFIED_CHINESE).wording()).contains("东门加装路灯");
        assertThatThrownBy(() -> entries.enter(neighbour.id(), "endorsement", EndorsementEntries.payload(proposal)))
                .as("refused when entered, as endorsing again would be").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("proposal.error.endorsed-already");
        assertThatThrownBy(() -> entries.enter(author.id(), "endorsement", EndorsementEntries.payload(proposal)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("proposal.error.own");

        ProposalSummary pending = proposals.summaryOf(proposal);
        assertThat(pending.endorsementCount()).as("pending: not counted").isEqualTo(1);
        assertThat(pending.qualified()).isFalse();

        People.actAs(older);
        residentSide.attestMine(entryId);

        ProposalSummary attested = proposals.summaryOf(proposal);
        assertThat(attested.endorsementCount()).isEqualTo(2);
        assertThat(attested.qualified()).as("the threshold of two is reached").isTrue();
        assertThat(jdbc.sql("SELECT entered_by FROM proposal_endorsement WHERE proposal_id = :p AND user_id = :u")
                .param("p", proposal).param("u", older.id()).query(Long.class).single()).isEqualTo(committee.id());
    }

    @Test
    void a_proposal_entered_for_a_resident_exists_only_once_attested() {
        SignedInUser older = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(committee);
        assertThatThrownBy(() -> entries.enter(older.id(), "proposal", ProposalEntries.payload(new ProposalForm(consultation, "  ", "内容",
                environment, null, null)))).isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        long entryId = entries.enter(older.id(), "proposal", ProposalEntries.payload(new ProposalForm(consultation, "小区增设休息座椅",
                "老人散步走累了没有地方坐", environment, null, "中心花园")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE author_id = :u").param("u", older.id()).query(Integer.class).single())
                .as("pending: no proposal").isZero();

        People.actAs(older);
        AttestableKind.Created created = residentSide.attestMine(entryId);

        assertThat(created.route()).isEqualTo("proposals/" + created.itemId());
        assertThat(jdbc.sql("SELECT entered_by FROM proposal WHERE id = :id AND author_id = :u").param("id", created.itemId())
                .param("u", older.id()).query(Long.class).single()).isEqualTo(committee.id());
        assertThat(proposals.details(created.itemId()).enteredByName()).as("shown on the proposal's page").isEqualTo(committee.displayName());
    }

    @Test
    void a_comment_entered_for_a_resident_is_posted_only_once_attested() {
        SignedInUser author = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser older = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(author);
        Long proposal = proposals.create(new ProposalForm(consultation, "楼下增设快递柜", "快递总是放门口", environment, null, null));

        People.actAs(committee);
        long entryId = entries.enter(older.id(), "comment",
                CommentEntries.payload(new CommentForm(new ContentRef(ContentRef.PROPOSAL, proposal), null, "我同意，最好放在二号门。", null)));
        assertThat(entries.entry(entryId, Locale.SIMPLIFIED_CHINESE).wording()).contains("楼下增设快递柜").contains("我同意");
        assertThatThrownBy(() -> entries.enter(older.id(), "comment",
                CommentEntries.payload(new CommentForm(new ContentRef(ContentRef.PROPOSAL, -1L), null, "无效", null))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("discussion.error.target");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discussion_comment WHERE author_id = :u").param("u", older.id()).query(Integer.class).single())
                .as("pending: not posted").isZero();

        People.actAs(older);
        AttestableKind.Created created = residentSide.attestMine(entryId);

        assertThat(created.route()).isEqualTo("proposals/" + proposal);
        assertThat(jdbc.sql("SELECT entered_by FROM discussion_comment WHERE id = :id AND author_id = :u").param("id", created.itemId())
                .param("u", older.id()).query(Long.class).single()).isEqualTo(committee.id());
        CommentView shown = discussion.thread(new ContentRef(ContentRef.PROPOSAL, proposal), PageRequest.of(0, 10)).getContent().stream()
                .map(CommentThread::comment).filter(c -> c.id().equals(created.itemId())).findFirst().orElseThrow();
        assertThat(shown.authorName()).as("the resident's own comment").isEqualTo(older.displayName());
        assertThat(shown.enteredByName()).as("readers see who entered it for her").isEqualTo(committee.displayName());
    }
}
