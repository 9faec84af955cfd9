package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.gridvoice.support.People.COMMUNITY_MEIYUAN;
import static org.gridvoice.support.People.COMMUNITY_XINGFULI;
import static org.gridvoice.support.People.GRID_MEIYUAN_1;
import static org.gridvoice.support.People.GRID_XINGFULI_1;

@GridVoiceTest
class ResidencyVerificationTest {

    @Autowired ResidencyService residencies;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private ResidencySummary requestAsNewResident(SignedInUser resident) {
        People.actAs(resident);
        return residencies.request(new ResidencyForm(COMMUNITY_XINGFULI, GRID_XINGFULI_1, "12号楼", "2单元", "301"));
    }

    @Test
    void a_committee_member_approves_and_the_resident_becomes_verified_for_that_grid_and_community_only() throws Exception {
        SignedInUser resident = people.resident();
        ResidencySummary request = requestAsNewResident(resident);
        assertThat(residencies.isVerifiedResidentOfGrid(resident.id(), GRID_XINGFULI_1)).isFalse();

        People.actAs(people.committeeOf(COMMUNITY_XINGFULI));
        assertThat(residencies.queue(Pageable.ofSize(500)).getContent()).extracting(ResidencySummary::id).contains(request.id());
        residencies.approve(request.id());

        assertThat(residencies.isVerifiedResidentOfGrid(resident.id(), GRID_XINGFULI_1)).isTrue();
        assertThat(residencies.isVerifiedResidentOfCommunity(resident.id(), COMMUNITY_XINGFULI)).isTrue();
        assertThat(residencies.isVerifiedResidentOfGrid(resident.id(), GRID_MEIYUAN_1)).isFalse();
        assertThat(residencies.isVerifiedResidentOfCommunity(resident.id(), COMMUNITY_MEIYUAN)).isFalse();
        People.actAs(resident);
        assertThat(residencies.mine()).first().extracting(ResidencySummary::status).isEqualTo(ResidencyStatus.APPROVED);
        assertThat(TestMail.awaitMailTo(resident.email()).getSubject()).isEqualTo("您已通过居民认证");
        Thread.sleep(1000);
        assertThat(TestMail.mailsTo(resident.email())).as("one mail, not one per module").hasSize(1);
    }

    @Test
    void a_committee_member_of_another_community_cannot_decide_and_nothing_changes() {
        ResidencySummary request = requestAsNewResident(people.resident());
        People.actAs(people.committeeOf(COMMUNITY_MEIYUAN));
        assertThat(residencies.queue(Pageable.ofSize(500)).getContent()).extracting(ResidencySummary::id).doesNotContain(request.id());
        assertThatThrownBy(() -> residencies.approve(request.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(status(request.id())).isEqualTo("PENDING");
    }

    @Test
    void residents_cannot_decide_residencies_even_by_calling_the_service() {
        ResidencySummary request = requestAsNewResident(people.resident());
        People.actAs(people.resident());
        assertThatThrownBy(() -> residencies.approve(request.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residencies.queue(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThat(status(request.id())).isEqualTo("PENDING");
    }

    @Test
    void a_rejection_needs_a_reason_which_the_resident_then_reads() {
        SignedInUser resident = people.resident();
        ResidencySummary request = requestAsNewResident(resident);
        People.actAs(people.committeeOf(COMMUNITY_XINGFULI));
        assertThatThrownBy(() -> residencies.reject(request.id(), new ReasonForm(" ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("reason", "validation.required")).isTrue());
        assertThat(status(request.id())).isEqualTo("PENDING");

        residencies.reject(request.id(), new ReasonForm("12号楼没有 301 室，请核对门牌"));
        People.actAs(resident);
        assertThat(residencies.mine()).first().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ResidencyStatus.REJECTED);
            assertThat(r.decisionReason()).isEqualTo("12号楼没有 301 室，请核对门牌");
        });
    }

    @Test
    void a_decided_request_cannot_be_decided_again() {
        ResidencySummary request = requestAsNewResident(people.resident());
        People.actAs(people.committeeOf(COMMUNITY_XINGFULI));
        residencies.approve(request.id());
        People.actAs(people.committeeOf(COMMUNITY_XINGFULI));
        assertThatThrownBy(() -> residencies.reject(request.id(), new ReasonForm("迟到的决定")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "residency.error.already-decided")).isTrue());
        assertThat(status(request.id())).isEqualTo("APPROVED");
    }

    @Test
    void revoking_a_verification_needs_a_reason_is_recorded_and_ends_the_rights() {
        SignedInUser resident = people.resident();
        ResidencySummary request = requestAsNewResident(resident);
        SignedInUser committee = people.committeeOf(COMMUNITY_XINGFULI);
        People.actAs(committee);
        residencies.approve(request.id());
        assertThatThrownBy(() -> residencies.revoke(request.id(), new ReasonForm("")))
                .isInstanceOf(InvalidInput.class);
        residencies.revoke(request.id(), new ReasonForm("已搬离本社区"));

        assertThat(residencies.isVerifiedResidentOfGrid(resident.id(), GRID_XINGFULI_1)).isFalse();
        var row = jdbc.sql("SELECT status, revoke_reason, revoked_by FROM account_residency WHERE id = :id")
                .param("id", request.id()).query().singleRow();
        assertThat(row).containsEntry("status", "REVOKED").containsEntry("revoke_reason", "已搬离本社区")
                .containsEntry("revoked_by", committee.id());
        People.actAs(resident);
        assertThat(residencies.request(new ResidencyForm(COMMUNITY_MEIYUAN, GRID_MEIYUAN_1, "3号楼", "1单元", "502")).status())
                .as("after moving, a new request is possible").isEqualTo(ResidencyStatus.PENDING);
    }

    @Test
    void one_open_request_at_a_time_and_the_grid_must_belong_to_the_community() {
        SignedInUser resident = people.resident();
        requestAsNewResident(resident);
        assertThatThrownBy(() -> residencies.request(new ResidencyForm(COMMUNITY_XINGFULI, GRID_XINGFULI_1, "1号楼", "1单元", "101")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "residency.error.open-exists")).isTrue());
        People.actAs(people.resident());
        assertThatThrownBy(() -> residencies.request(new ResidencyForm(COMMUNITY_XINGFULI, GRID_MEIYUAN_1, "1号楼", "1单元", "101")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("gridId", "residency.error.grid-not-in-community")).isTrue());
        assertThatThrownBy(() -> residencies.request(new ResidencyForm(COMMUNITY_XINGFULI, GRID_XINGFULI_1, "<script>", "", "1".repeat(10_000))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("building", "validation.address")).isTrue();
                    assertThat(e.concerns("unit", "validation.required")).isTrue();
                    assertThat(e.concerns("room", "validation.too-long")).isTrue();
                });
    }

    @Test
    void a_committee_member_cannot_verify_their_own_request() {
        SignedInUser committee = people.committeeOf(COMMUNITY_XINGFULI);
        ResidencySummary own = requestAsNewResident(committee);
        People.actAs(committee);
        assertThatThrownBy(() -> residencies.approve(own.id()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "residency.error.own-request")).isTrue());
    }

    @Test
    void a_resident_can_withdraw_their_own_pending_request_but_not_someone_elses() {
        ResidencySummary request = requestAsNewResident(people.resident());
        People.actAs(people.resident());
        assertThatThrownBy(() -> residencies.withdraw(request.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(status(request.id())).isEqualTo("PENDING");
    }

    private String status(Long id) {
        return jdbc.sql("SELECT status FROM account_residency WHERE id = :id").param("id", id).query(String.class).single();
    }
}
