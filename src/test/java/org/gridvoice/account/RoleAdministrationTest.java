package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class RoleAdministrationTest {

    @Autowired RoleService roles;
    @Autowired People people;
    @Autowired EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void an_admin_grants_a_committee_role_scoped_to_one_community_and_revokes_it() {
        SignedInUser resident = people.resident();
        People.actAs(people.admin());
        RoleGrantSummary grant = roles.grant(resident.id(), new GrantForm(Role.COMMITTEE, People.COMMUNITY_MEIYUAN, null));
        assertThat(grant.communityName()).isEqualTo("梅园社区");
        assertThat(roles.committeeCommunities(resident.id())).containsExactly(People.COMMUNITY_MEIYUAN);

        assertThatThrownBy(() -> roles.grant(resident.id(), new GrantForm(Role.COMMITTEE, People.COMMUNITY_MEIYUAN, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("role", "account.error.role-held")).isTrue());
        roles.revoke(grant.id());
        assertThat(roles.committeeCommunities(resident.id())).isEmpty();
    }

    @Test
    void scoped_roles_need_their_scope() {
        SignedInUser resident = people.resident();
        People.actAs(people.admin());
        assertThatThrownBy(() -> roles.grant(resident.id(), new GrantForm(Role.COMMITTEE, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("communityId", "account.error.scope-community-required")).isTrue());
        assertThatThrownBy(() -> roles.grant(resident.id(), new GrantForm(Role.OFFICER, null, 999_999L)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("officeId", "account.error.scope-office-required")).isTrue());
        assertThat(roles.grant(resident.id(), new GrantForm(Role.OFFICE_LEAD, null, 2L)).officeName()).isEqualTo("梅园网格站");
        assertThat(roles.officesOf(resident.id())).containsExactly(2L);
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        SignedInUser admin = people.admin();
        People.actAs(admin);
        Long own = roles.grantsOf(admin.id()).stream().filter(g -> g.role() == Role.ADMIN).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> roles.revoke(own))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "account.error.keep-own-admin")).isTrue());
        assertThat(roles.grantsOf(admin.id())).extracting(RoleGrantSummary::role).contains(Role.ADMIN);
    }

    @Test
    void only_admins_list_accounts_or_grant_roles() {
        SignedInUser resident = people.resident();
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        assertThatThrownBy(() -> roles.grant(resident.id(), new GrantForm(Role.ADMIN, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.accounts(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_account_list_is_paged_in_the_database_and_costs_the_same_statements_for_5_or_50_rows() {
        People.actAs(people.admin());
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        var small = roles.accounts(null, PageRequest.of(0, 5, Sort.by("id")));
        long forFive = stats.getPrepareStatementCount();
        stats.clear();
        var large = roles.accounts(null, PageRequest.of(0, 50, Sort.by("id")));
        long forFifty = stats.getPrepareStatementCount();

        assertThat(small.getContent()).hasSize(5);
        assertThat(large.getContent()).hasSizeGreaterThan(30);
        assertThat(large.getContent()).filteredOn(a -> "committee@gridvoice.demo".equals(a.email())).singleElement()
                .satisfies(a -> assertThat(a.grants()).extracting(RoleGrantSummary::scopeName).contains("幸福里社区"));
        assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(5);
    }

    @Test
    void searching_accounts_finds_chinese_names_and_email_fragments() {
        People.actAs(people.admin());
        assertThat(roles.accounts("李秀英", PageRequest.of(0, 10)).getContent()).extracting(AccountSummary::email)
                .containsExactly("committee@gridvoice.demo");
        assertThat(roles.accounts("LEAD.MEIYUAN", PageRequest.of(0, 10)).getContent()).extracting(AccountSummary::displayName)
                .containsExactly("赵丽华");
    }
}
