package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real community's electorate runs to thousands. Opening voting publishes a stored event (the
 * event publication registry keeps at most 4,000 characters of it): it once carried every elector's
 * id and opening a vote with a few hundred electors failed outright.
 */
@GridVoiceTest
class LargeElectorateTest {

    @Autowired VotingFixture fixture;
    @Autowired VotingRulesService rules;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_vote_opens_for_an_electorate_of_two_thousand_and_each_of_them_hears_of_it() throws InterruptedException {
        fixture.threeProposalsOnTheBallot("两千选民");
        String run = Long.toString(System.nanoTime());
        jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                SELECT CONCAT('elector', seq, '-', :run, '@gridvoice.test'), NULL, CONCAT('选民', seq), 'zh-CN', 'NEVER', TRUE, NOW()
                FROM seq_1_to_2000""").param("run", run).update();
        jdbc.sql("""
                INSERT INTO account_residency (user_id, community_id, grid_id, building, unit, room, status, requested_at, decided_at)
                SELECT u.id, g.community_id, g.id, '9号楼', '1单元', CONCAT('R', u.id), 'APPROVED', NOW(), NOW()
                FROM account_user u, place_grid g WHERE u.email LIKE CONCAT('elector%-', :run, '@gridvoice.test') AND g.id = 1""")
                .param("run", run).update();

        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));

        assertThat(rules.electors(fixture.consultation)).as("voting opened, with its electorate taken").hasSizeGreaterThanOrEqualTo(2000);
        Long last = jdbc.sql("SELECT MAX(id) FROM account_user WHERE email LIKE CONCAT('elector%-', :run, '@gridvoice.test')")
                .param("run", run).query(Long.class).single();
        long heard = 0;
        for (int i = 0; i < 300 && heard == 0; i++) {
            heard = jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'VOTE_OPENED'").param("u", last)
                    .query(Long.class).single();
            Thread.sleep(100);
        }
        // the shared test database keeps them: out of later tests' electorates
        jdbc.sql("""
                UPDATE account_residency r JOIN account_user u ON u.id = r.user_id SET r.status = 'REVOKED'
                WHERE u.email LIKE CONCAT('elector%-', :run, '@gridvoice.test')""").param("run", run).update();
        assertThat(heard).as("the last of two thousand electors is told that voting opened").isEqualTo(1);
    }
}
