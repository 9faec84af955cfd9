package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted(NaturalOrder.NAMES).toList();
    }

    @Test
    void chinese_numerals_compare_by_value() {
        assertThat(sorted("第三网格", "第十一网格", "第一网格", "第二网格", "第十网格", "第二十网格", "第九十九网格", "第一百零五网格"))
                .containsExactly("第一网格", "第二网格", "第三网格", "第十网格", "第十一网格", "第二十网格", "第九十九网格", "第一百零五网格");
    }

    @Test
    void digits_compare_by_value_and_come_before_words() {
        assertThat(sorted("10号楼", "2号楼", "A区", "1号楼")).containsExactly("1号楼", "2号楼", "10号楼", "A区");
        assertThat(NaturalOrder.value("二〇二六")).isEqualTo(2026);
        assertThat(NaturalOrder.value("一万二千")).isEqualTo(12000);
    }

    @Test
    void words_that_only_look_like_numbers_are_words_and_different_names_never_tie() {
        assertThat(sorted("万科社区", "千禧社区", "幸福里社区")).hasSize(3).doesNotHaveDuplicates();
        assertThat(NaturalOrder.NAMES.compare("第2网格", "第二网格")).isNotZero();
        assertThat(NaturalOrder.NAMES.compare("幸福里", "幸福里")).isZero();
    }
}
