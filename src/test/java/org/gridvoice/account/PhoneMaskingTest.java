package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident's number is whole for the resident and administrators, masked for the committee that verifies residency. */
@GridVoiceTest
class PhoneMaskingTest {

    @Autowired ResidencyService residencies;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_committee_sees_a_residents_number_masked_and_the_resident_and_an_administrator_see_it_whole() {
        SignedInUser resident = people.resident();
        String number = PhoneCodes.newNumber();
        jdbc.sql("UPDATE account_user SET phone = :p, phone_confirmed = TRUE WHERE id = :id").param("p", PhoneCodes.e164(number))
                .param("id", resident.id()).update();
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at)
                SELECT :u, community_id, id, '2号楼', '1单元', '302', 'PENDING', NOW() - INTERVAL 3650 DAY FROM place_grid WHERE id = :g""")
                .param("u", resident.id()).param("g", People.GRID_XINGFULI_1).update();
        String masked = number.substring(0, 3) + "****" + number.substring(7);

        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        var seen = residencies.queue(PageRequest.of(0, 500)).stream().filter(r -> r.userId().equals(resident.id())).findFirst().orElseThrow();
        assertThat(seen.residentPhone()).isEqualTo(masked);

        SignedInUser adminOnCommittee = people.committeeOf(People.COMMUNITY_XINGFULI);
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'ADMIN', NOW())").param("u", adminOnCommittee.id()).update();
        People.actAs(new SignedInUser(adminOnCommittee.id(), adminOnCommittee.email(), "admin", true,
                java.util.EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.RESIDENT), null));
        assertThat(residencies.queue(PageRequest.of(0, 500)).stream().filter(r -> r.userId().equals(resident.id())).findFirst()
                .orElseThrow().residentPhone()).isEqualTo(number);

        People.actAs(resident);
        assertThat(residencies.mine().getFirst().residentPhone()).isEqualTo(number);
    }
}
