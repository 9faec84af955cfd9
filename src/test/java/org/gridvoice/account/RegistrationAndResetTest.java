package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@GridVoiceTest
class RegistrationAndResetTest {

    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;

    private static String newEmail() {
        return "reg" + System.nanoTime() + "@example.cn";
    }

    private long users() {
        return jdbc.sql("SELECT COUNT(*) FROM account_user").query(Long.class).single();
    }

    private boolean confirmed(String email) {
        return jdbc.sql("SELECT email_confirmed FROM account_user WHERE email = :e").param("e", email).query(Boolean.class).single();
    }

    @Test
    void registration_mails_a_confirmation_link_in_the_users_language_that_works_once() throws Exception {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "王阿姨", "secret-pass-1", "zh-CN"));
        assertThat(confirmed(email)).isFalse();

        MimeMessage mail = TestMail.awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("请确认您的格声注册");
        assertThat(TestMail.body(mail)).contains("王阿姨");
        String token = TestMail.tokenIn(mail, "/confirm-email");

        assertThat(accounts.confirmEmail(token)).isEqualTo(TokenOutcome.DONE);
        assertThat(confirmed(email)).isTrue();
        assertThat(accounts.confirmEmail(token)).as("a used link").isEqualTo(TokenOutcome.INVALID);
        assertThat(accounts.confirmEmail("made-up-token")).isEqualTo(TokenOutcome.INVALID);
    }

    @Test
    void an_english_registration_gets_an_english_mail() throws Exception {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "Mei", "secret-pass-1", "en-GB"));
        assertThat(TestMail.awaitMailTo(email).getSubject()).isEqualTo("Confirm your GridVoice registration");
    }

    @Test
    void a_second_account_with_the_same_email_is_refused_whatever_its_case() {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "甲", "secret-pass-1", "zh-CN"));
        long before = users();
        assertThatThrownBy(() -> accounts.register(new RegistrationForm(" " + email.toUpperCase() + " ", "乙", "secret-pass-2", "zh-CN")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("email", "account.error.email-taken")).isTrue());
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void bad_registration_input_is_refused_field_by_field_and_nothing_is_stored() {
        long before = users();
        assertThatThrownBy(() -> accounts.register(new RegistrationForm("not-an-email", "名".repeat(10_000), "short", "zh-CN")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("email", "validation.email")).isTrue();
                    assertThat(e.concerns("displayName", "validation.too-long")).isTrue();
                    assertThat(e.concerns("password", "validation.password-short")).isTrue();
                });
        assertThatThrownBy(() -> accounts.register(new RegistrationForm("", "", "", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("email", "validation.required")).isTrue());
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_an_older_link_stops_working() throws Exception {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "李老师", "old-password-1", "en"));
        TestMail.awaitMailTo(email);

        accounts.requestPasswordReset(email);
        String first = awaitResetToken(email, 1);
        accounts.requestPasswordReset(email);
        String second = awaitResetToken(email, 2);

        assertThat(accounts.resetPassword(first, "new-password-1")).as("superseded link").isEqualTo(TokenOutcome.INVALID);
        assertThatThrownBy(() -> accounts.resetPassword(second, "short"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("password", "validation.password-short")).isTrue());
        assertThat(accounts.resetPassword(second, "new-password-2")).isEqualTo(TokenOutcome.DONE);
        assertThat(accounts.resetPassword(second, "new-password-3")).as("used link").isEqualTo(TokenOutcome.INVALID);

        String hash = jdbc.sql("SELECT password_hash FROM account_user WHERE email = :e").param("e", email).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("new-password-2", hash)).isTrue();
        assertThat(confirmed(email)).as("the reset mail proved the address").isTrue();
    }

    @Test
    void a_reset_for_an_unknown_address_sends_nothing_and_says_nothing() throws Exception {
        String email = newEmail();
        accounts.requestPasswordReset(email);
        Thread.sleep(1500);
        assertThat(TestMail.mailsTo(email)).isEmpty();
    }

    private static String awaitResetToken(String email, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            var resets = TestMail.mailsTo(email).stream().filter(m -> {
                try {
                    return m.getSubject().contains("Reset");
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (resets.size() >= count) {
                return TestMail.tokenIn(resets.get(count - 1), "/reset-password");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("reset mail " + count + " did not arrive");
    }
}
