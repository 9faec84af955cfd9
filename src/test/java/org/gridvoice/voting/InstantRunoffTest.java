package org.gridvoice.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gridvoice.voting.domain.InstantRunoff;
import org.junit.jupiter.api.Test;

class InstantRunoffTest {

    @Test
    void the_weakest_is_eliminated_and_its_ballots_move_to_their_next_choice() {
        var outcome = InstantRunoff.count(List.of(1L, 2L, 3L), List.of(
                List.of(1L, 2L), List.of(1L, 3L), List.of(2L, 3L), List.of(3L, 2L), List.of(3L, 2L)));
        assertThat(outcome.rounds()).hasSize(2);
        assertThat(outcome.rounds().get(0).votes()).isEqualTo(Map.of(1L, 2, 2L, 1, 3L, 2));
        assertThat(outcome.rounds().get(0).eliminated()).isEqualTo(2L);
        assertThat(outcome.rounds().get(1).votes()).isEqualTo(Map.of(1L, 2, 3L, 3));
        assertThat(outcome.winner()).isEqualTo(3L);
    }

    @Test
    void a_majority_of_first_preferences_wins_in_the_first_round() {
        var outcome = InstantRunoff.count(List.of(1L, 2L), List.of(List.of(2L), List.of(2L, 1L), List.of(1L)));
        assertThat(outcome.rounds()).hasSize(1);
        assertThat(outcome.winner()).isEqualTo(2L);
    }

    @Test
    void with_no_ballots_there_is_no_winner_and_ties_for_weakest_drop_the_lowest_id() {
        assertThat(InstantRunoff.count(List.of(1L, 2L), List.of()).winner()).isNull();
        var outcome = InstantRunoff.count(List.of(1L, 2L, 3L), List.of(List.of(3L), List.of(3L), List.of(1L), List.of(2L)));
        assertThat(outcome.rounds().getFirst().eliminated()).isEqualTo(1L);
    }
}
