package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The residents' words a case was routed with cannot be changed in the database, by the app or anyone else. */
@GridVoiceTest
class SnapshotImmutableTest {

    @Autowired JdbcClient jdbc;
    @Autowired ScorecardFixture fixture;

    /** A routed case with one comment in its snapshot. */
    private long anyCase() {
        long id = fixture.routedCase(fixture.office("快照"), java.time.LocalDateTime.now().minusDays(1), CaseStatus.NEW, null, 0, false, false);
        jdbc.sql("INSERT INTO casework_snapshot_comment (case_id, position, stance, author, body_html, upvotes) VALUES (?, 0, 'FOR', '居民', '<p>同意</p>', 2)")
                .params(id).update();
        return id;
    }

    @Test
    void an_update_of_a_cases_snapshot_columns_is_refused_by_the_database() {
        long id = anyCase();
        String title = jdbc.sql("SELECT snap_title FROM casework_case WHERE id = ?").params(id).query(String.class).single();
        for (String column : new String[] {"snap_title", "snap_body", "snap_body_html", "snap_author", "snap_category_zh",
                "snap_category_en", "snap_grid", "snap_place", "snap_consultation", "snap_vote_method"}) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET " + column + " = CONCAT(COALESCE(" + column + ", ''), 'x') WHERE id = ?")
                    .params(id).update()).as(column).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        }
        for (String column : new String[] {"snap_endorsements", "snap_vote_yes", "snap_vote_no", "snap_vote_abstentions", "snap_vote_approvals",
                "snap_vote_turnout", "snap_vote_electorate"}) {
            assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET " + column + " = " + column + " + 1 WHERE id = ?").params(id).update())
                    .as(column).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        }
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET snap_vote_accepted = NOT snap_vote_accepted WHERE id = ?").params(id).update())
                .as("whether the vote accepted it").isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        // equal under the table's collation (trailing spaces), still a change of the words
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET snap_grid = CONCAT(snap_grid, ' ') WHERE id = ?").params(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT snap_title FROM casework_case WHERE id = ?").params(id).query(String.class).single()).isEqualTo(title);
    }

    @Test
    void the_case_itself_still_changes_its_status_and_summary() {
        long id = anyCase();
        assertThat(jdbc.sql("UPDATE casework_case SET version = version WHERE id = ?").params(id).update()).isEqualTo(1);
    }

    @Test
    void an_update_of_a_snapshot_comment_is_refused_by_the_database() {
        long caseId = anyCase();
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_snapshot_comment SET body_html = 'edited' WHERE case_id = ?").params(caseId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_snapshot_comment SET upvotes = upvotes + 1 WHERE case_id = ?").params(caseId).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void the_one_change_allowed_is_an_authors_name_blanked_when_they_erase_their_account() {
        long caseId = anyCase();
        assertThat(jdbc.sql("UPDATE casework_case SET snap_author = '' WHERE id = ?").params(caseId).update()).isEqualTo(1);
        assertThat(jdbc.sql("UPDATE casework_snapshot_comment SET author = '' WHERE case_id = ?").params(caseId).update()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET snap_author = 'someone else' WHERE id = ?").params(caseId).update())
                .as("a name put back").isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_snapshot_comment SET author = '', body_html = '' WHERE case_id = ?").params(caseId)
                .update()).as("the words with it").isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET snap_author = '', snap_title = 'x' WHERE id = ?").params(caseId).update())
                .isInstanceOf(DataAccessException.class);
    }
}
