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
    void registering_a_taken_address_stores_nothing_says_nothing_and_tells_the_owner_by_mail() throws Exception {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "Owner", "secret-pass-1", "en"));
        accounts.confirmEmail(TestMail.tokenIn(TestMail.awaitMailTo(email), "/confirm-email"));
        long before = users();

        accounts.register(new RegistrationForm(" " + email.toUpperCase() + " ", "乙", "secret-pass-2", "zh-CN"));

        assertThat(users()).isEqualTo(before);
        MimeMessage mail = awaitMail(email, "Someone tried to register");
        assertThat(TestMail.body(mail)).contains("Owner").contains("sign in").contains("/forgot-password");
        String hash = jdbc.sql("SELECT password_hash FROM account_user WHERE email = :e").param("e", email).query(String.class).single();
        assertThat(passwordEncoder.matches("secret-pass-1", hash)).as("the owner's password is untouched").isTrue();
    }

    @Test
    void resending_confirmation_to_a_confirmed_address_says_sign_in_or_reset_and_to_an_unknown_one_sends_nothing() throws Exception {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "Owner", "secret-pass-1", "en"));
        accounts.confirmEmail(TestMail.tokenIn(TestMail.awaitMailTo(email), "/confirm-email"));

        accounts.resendConfirmation(email);
        assertThat(TestMail.body(awaitMail(email, "Someone tried to register"))).contains("/forgot-password");

        String unknown = newEmail();
        accounts.resendConfirmation(unknown);
        Thread.sleep(1500);
        assertThat(TestMail.mailsTo(unknown)).isEmpty();
    }

    @Test
    void one_address_gets_at_most_five_account_mails_an_hour_however_often_it_is_asked_for() throws Exception {
        String email = newEmail();
        accounts.register(new RegistrationForm(email, "Target", "secret-pass-1", "en"));
        for (int i = 0; i < 8; i++) {
            accounts.resendConfirmation(email);
        }
        awaitMail(email, "Confirm");
        Thread.sleep(2000);
        assertThat(TestMail.mailsTo(email)).hasSize(5);
    }

    @Test
    void one_connection_is_refused_after_twenty_mail_requests_in_fifteen_minutes() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("203.0.113." + (System.nanoTime() % 250 + 1));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            for (int i = 0; i < 20; i++) {
                accounts.requestPasswordReset(newEmail());
            }
            assertThatThrownBy(() -> accounts.resendConfirmation(newEmail()))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("email", "account.error.too-many-requests")).isTrue());
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
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

    private static MimeMessage awaitMail(String email, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : TestMail.mailsTo(email)) {
                if (m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail \"" + subjectPart + "\" reached " + email);
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
