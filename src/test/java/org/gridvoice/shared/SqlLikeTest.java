package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlLikeTest {

    @Test
    void wildcards_typed_by_people_are_taken_literally() {
        assertThat(SqlLike.containing(" 停车_50% ")).isEqualTo("%停车\\_50\\%%");
        assertThat(SqlLike.containing("a\\b")).isEqualTo("%a\\\\b%");
    }
}
