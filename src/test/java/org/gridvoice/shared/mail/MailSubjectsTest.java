package org.gridvoice.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailSubjectsTest {

    @Test
    void a_short_subject_stays_as_it_is_on_one_line() {
        assertThat(MailSubjects.summary("评论已隐藏：\n涉及隐私", 80)).isEqualTo("评论已隐藏： 涉及隐私");
    }

    @Test
    void a_long_subject_is_cut_at_a_whole_character_with_an_ellipsis() {
        String emoji = "😀".repeat(100);
        String cut = MailSubjects.summary(emoji, 10);
        assertThat(cut).isEqualTo("😀".repeat(9) + "…");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(10);
        assertThat(MailSubjects.summary("隐私".repeat(200), 80)).hasSize(80).endsWith("隐…");
    }
}
