package org.gridvoice.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Every moderation decision is one chain entry about the content, with the reason's hash; a refused one is none. */
@GridVoiceTest
class ModerationChainTest {

    @Autowired ModerationService moderation;
    @Autowired DiscussionService discussion;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired AuditTrail trail;
    @Autowired AuditLog audit;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private ContentRef proposal;
    private ContentRef comment;
    private SignedInUser committee;

    @BeforeEach
    void contentToModerate() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "链上管理" + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        People.actAs(people.verifiedResidentOf(1L));
        proposal = new ContentRef(ContentRef.PROPOSAL, proposals.create(new ProposalForm(consultation, "广场舞音量", "晚上太吵", environment, null, null)));
        People.actAs(people.resident());
        comment = new ContentRef(ContentRef.COMMENT, discussion.comment(new CommentForm(proposal, null, "某某住在 3 号楼 502", null)));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private List<AuditEntry> entries(ContentRef target) {
        return trail.entriesFor(target.type(), target.id());
    }

    private void flag(ContentRef target) {
        People.actAs(people.verifiedResidentOf(1L));
        moderation.flag(new FlagForm(target, FlagReason.PRIVACY, null));
    }

    @Test
    void a_hide_is_one_entry_about_the_content_by_the_committee_member_with_the_reasons_hash_not_its_words() {
        People.actAs(committee);
        moderation.hide(proposal, new ReasonForm("  与本议题无关  "));

        assertThat(entries(proposal)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("MODERATION_HIDDEN");
            assertThat(e.objectType()).isEqualTo("proposal");
            assertThat(e.actorRef()).isEqualTo("committee:" + committee.id());
            assertThat(e.payload()).isEqualTo("from FLAGGED, reason sha256 " + AuditRecord.textHash("与本议题无关"))
                    .doesNotContain("与本议题无关");
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void three_flags_hide_by_rule_without_naming_who_flagged_and_the_restore_and_dismissal_follow() {
        flag(comment);
        flag(comment);
        assertThat(entries(comment)).as("flags are no decision").isEmpty();
        flag(comment);
        assertThat(entries(comment)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("MODERATION_AUTO_HIDDEN");
            assertThat(e.actorRef()).isEqualTo("rule:hide-threshold");
            assertThat(e.payload()).isEqualTo("open flags 3, threshold 3");
        });

        People.actAs(committee);
        moderation.restore(comment, new ReasonForm("内容未涉及隐私，予以恢复"));
        flag(comment);
        People.actAs(committee);
        moderation.dismiss(comment);

        assertThat(entries(comment)).extracting(AuditEntry::kind, AuditEntry::actorRef, AuditEntry::payload).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MODERATION_AUTO_HIDDEN", "rule:hide-threshold", "open flags 3, threshold 3"),
                org.assertj.core.groups.Tuple.tuple("MODERATION_RESTORED", "committee:" + committee.id(),
                        "from HIDDEN_PENDING, reason sha256 " + AuditRecord.textHash("内容未涉及隐私，予以恢复")),
                org.assertj.core.groups.Tuple.tuple("MODERATION_DISMISSED", "committee:" + committee.id(), "from FLAGGED"));
    }

    @Test
    void a_refused_decision_appends_nothing() {
        flag(comment);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> moderation.hide(comment, new ReasonForm("越权"))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.resident());
        assertThatThrownBy(() -> moderation.dismiss(comment)).isInstanceOf(AccessDeniedException.class);
        People.actAs(committee);
        assertThatThrownBy(() -> moderation.hide(comment, new ReasonForm(" "))).isInstanceOf(InvalidInput.class);
        assertThat(entries(comment)).isEmpty();

        moderation.dismiss(comment);
        assertThatThrownBy(() -> moderation.dismiss(comment)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("moderation.error.decided-already");
        assertThat(entries(comment)).extracting(AuditEntry::kind).containsExactly("MODERATION_DISMISSED");
    }
}
