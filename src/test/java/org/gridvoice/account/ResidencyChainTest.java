package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.gridvoice.support.People.COMMUNITY_MEIYUAN;
import static org.gridvoice.support.People.COMMUNITY_XINGFULI;
import static org.gridvoice.support.People.GRID_XINGFULI_1;

import java.util.List;
import org.gridvoice.audit.AuditEntry;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.audit.AuditTrail;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A residency decision is one chain entry about the request: its id, the deciding member, a reason's hash; no one's address. */
@GridVoiceTest
class ResidencyChainTest {

    @Autowired ResidencyService residencies;
    @Autowired AuditTrail trail;
    @Autowired People people;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private ResidencySummary request(SignedInUser resident) {
        People.actAs(resident);
        return residencies.request(new ResidencyForm(COMMUNITY_XINGFULI, GRID_XINGFULI_1, "链12号楼", "2单元", "3017"));
    }

    private List<AuditEntry> entries(ResidencySummary request) {
        return trail.entriesFor("residency", request.id());
    }

    @Test
    void an_approval_and_a_later_revocation_are_one_entry_each_with_the_reasons_hash() {
        ResidencySummary request = request(people.resident());
        SignedInUser committee = people.committeeOf(COMMUNITY_XINGFULI);
        People.actAs(committee);
        residencies.approve(request.id());
        assertThat(entries(request)).extracting(AuditEntry::kind, AuditEntry::actorRef, AuditEntry::payload)
                .containsExactly(tuple("RESIDENCY_APPROVED", "committee:" + committee.id(), ""));

        residencies.revoke(request.id(), new ReasonForm("已搬离 3017 室"));
        assertThat(entries(request)).extracting(AuditEntry::kind, AuditEntry::payload).containsExactly(
                tuple("RESIDENCY_APPROVED", ""), tuple("RESIDENCY_REVOKED", "reason sha256 " + AuditRecord.textHash("已搬离 3017 室")));
    }

    @Test
    void a_rejection_carries_the_reasons_hash_and_never_the_address_or_the_resident() {
        SignedInUser resident = people.resident();
        ResidencySummary request = request(resident);
        SignedInUser committee = people.committeeOf(COMMUNITY_XINGFULI);
        People.actAs(committee);
        residencies.reject(request.id(), new ReasonForm(" 链12号楼没有 3017 室 "));

        assertThat(entries(request)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("RESIDENCY_REJECTED");
            assertThat(e.objectId()).isEqualTo(request.id());
            assertThat(e.actorRef()).isEqualTo("committee:" + committee.id());
            assertThat(e.payload()).isEqualTo("reason sha256 " + AuditRecord.textHash("链12号楼没有 3017 室"));
            assertThat(e.payload() + e.actorRef()).doesNotContain("3017", "链12号楼", resident.displayName(), resident.email());
        });
    }

    @Test
    void a_refused_decision_appends_nothing() {
        SignedInUser resident = people.resident();
        ResidencySummary request = request(resident);
        People.actAs(people.committeeOf(COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> residencies.approve(request.id())).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.resident());
        assertThatThrownBy(() -> residencies.reject(request.id(), new ReasonForm("不行"))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.committeeOf(COMMUNITY_XINGFULI));
        assertThatThrownBy(() -> residencies.reject(request.id(), new ReasonForm(" "))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> residencies.revoke(request.id(), new ReasonForm("尚未认证"))).isInstanceOf(InvalidInput.class);
        assertThat(entries(request)).isEmpty();

        residencies.approve(request.id());
        assertThatThrownBy(() -> residencies.approve(request.id())).isInstanceOf(InvalidInput.class);
        assertThat(entries(request)).extracting(AuditEntry::kind).containsExactly("RESIDENCY_APPROVED");
    }
}
