package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridvoice.account.PhoneCodes.e164;
import static org.gridvoice.account.PhoneCodes.lastCode;
import static org.gridvoice.account.PhoneCodes.newNumber;
import static org.gridvoice.account.PhoneCodes.wrong;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.shared.validation.FieldProblem;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Codes by SMS, every rule: on the real database, the code read from the SMS outbox as the phone would receive it. */
@GridVoiceTest
class PhoneSignInTest {

    @Autowired PhoneSignInService phones;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccountRepository users;
    @Autowired AccountService accounts;
    @Autowired People people;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private long accounts() {
        return jdbc.sql("SELECT COUNT(*) FROM account_user").query(Long.class).single();
    }

    private PhoneRegistrationForm form(String number) {
        return new PhoneRegistrationForm(number, "王阿姨", "zh-CN");
    }

    private static Consumer<Throwable> refused(String field, String key) {
        return e -> assertThat(((InvalidInput) e).concerns(field, key)).as(e.getMessage()).isTrue();
    }

    private static Object[] args(Throwable e) {
        return ((InvalidInput) e).problems().stream().map(FieldProblem::args).findFirst().orElseThrow();
    }

    @Test
    void a_resident_registers_with_only_a_mobile_number_and_is_signed_in_as_resident_with_the_number_confirmed() {
        String number = newNumber();
        CodeSent sent = phones.requestRegistrationCode(form(number));
        assertThat(sent.phone()).isEqualTo(e164(number));
        assertThat(sent.validMinutes()).isEqualTo(5);
        var message = jdbc.sql("SELECT template, language, params FROM shared_sms_outbox WHERE phone = :p")
                .param("p", e164(number)).query().singleRow();
        assertThat(message.get("template")).isEqualTo("LOGIN_CODE");
        assertThat(message.get("language")).isEqualTo("zh-CN");
        assertThat((String) message.get("params")).contains("\"minutes\":\"5\"");

        PhoneSignIn signedIn = phones.register(form(" " + number + " "), lastCode(jdbc, number));

        assertThat(signedIn.how()).isEqualTo(PhoneSignIn.How.CREATED);
        assertThat(signedIn.user().roles()).containsExactly(Role.RESIDENT);
        assertThat(signedIn.user().email()).isNull();
        assertThat(signedIn.user().getUsername()).isEqualTo("user#" + signedIn.user().id());
        UserAccount stored = users.findById(signedIn.user().id()).orElseThrow();
        assertThat(stored.getPhone()).isEqualTo(e164(number));
        assertThat(stored.isPhoneConfirmed()).isTrue();
        assertThat(stored.getEmail()).isNull();
        assertThat(stored.getPasswordHash()).isNull();
        assertThat(stored.getDisplayName()).isEqualTo("王阿姨");
        var recipient = accounts.recipient(stored.getId()).orElseThrow();
        assertThat(recipient.email()).as("no address to mail").isNull();
        assertThat(recipient.emailPreference()).as("so notifications send no mail").isEqualTo(EmailPreference.NEVER);
    }

    @Test
    void only_a_keyed_hash_of_the_code_is_stored() throws Exception {
        String number = newNumber();
        phones.requestSignInCode(number, "zh-CN");
        String code = lastCode(jdbc, number);
        String stored = jdbc.sql("SELECT code_hash FROM account_sms_code WHERE phone = :p").param("p", e164(number)).query(String.class).single();
        String plainSha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(stored).doesNotContain(code).isNotEqualTo(plainSha).hasSize(64);
    }

    @Test
    void registering_a_number_that_has_an_account_signs_into_that_account_and_creates_none() {
        String number = newNumber();
        phones.requestRegistrationCode(form(number));
        Long first = phones.register(form(number), lastCode(jdbc, number)).user().id();
        PhoneCodes.letAMinutePass(jdbc, number);
        long before = accounts();

        CodeSent again = phones.requestRegistrationCode(new PhoneRegistrationForm(number, "Someone else", "en"));
        assertThat(again.phone()).as("asking answers alike").isEqualTo(e164(number));
        PhoneSignIn second = phones.register(new PhoneRegistrationForm(number, "Someone else", "en"), lastCode(jdbc, number));

        assertThat(second.how()).isEqualTo(PhoneSignIn.How.EXISTING);
        assertThat(second.user().id()).isEqualTo(first);
        assertThat(accounts()).isEqualTo(before);
        assertThat(users.findById(first).orElseThrow().getDisplayName()).as("the name typed is ignored").isEqualTo("王阿姨");
    }

    @Test
    void signing_in_with_a_code_reaches_the_account_and_a_number_without_account_is_told_to_register() {
        String number = newNumber();
        phones.requestSignInCode(number, "zh-CN");
        assertThatThrownBy(() -> phones.signIn(number, lastCode(jdbc, number))).satisfies(refused("phone", "phone.error.no-account"));
        // that refusal used nothing: the same code registers
        Long id = phones.register(form(number), lastCode(jdbc, number)).user().id();

        PhoneCodes.letAMinutePass(jdbc, number);
        phones.requestSignInCode("+86 " + number, "zh-CN");
        PhoneSignIn signedIn = phones.signIn(number, lastCode(jdbc, number));
        assertThat(signedIn.user().id()).isEqualTo(id);
        assertThat(signedIn.how()).isEqualTo(PhoneSignIn.How.EXISTING);
        assertThat(signedIn.user().roles()).contains(Role.RESIDENT);
    }

    @Test
    void a_wrong_code_says_how_many_tries_are_left_and_after_five_the_code_is_dead_even_when_right() {
        String number = newNumber();
        phones.requestRegistrationCode(form(number));
        String right = lastCode(jdbc, number);
        long before = accounts();
        for (int left = 4; left >= 1; left--) {
            int expected = left;
            assertThatThrownBy(() -> phones.register(form(number), wrong(right)))
                    .satisfies(refused("code", "phone.error.wrong-code"))
                    .satisfies(e -> assertThat(args(e)).containsExactly(expected));
        }
        assertThatThrownBy(() -> phones.register(form(number), wrong(right))).satisfies(refused("code", "phone.error.too-many-tries"));
        assertThatThrownBy(() -> phones.register(form(number), right)).satisfies(refused("code", "phone.error.too-many-tries"));
        assertThat(accounts()).as("nothing created").isEqualTo(before);

        PhoneCodes.letAMinutePass(jdbc, number);
        phones.requestRegistrationCode(form(number));
        assertThat(phones.register(form(number), lastCode(jdbc, number)).how()).as("a new code works").isEqualTo(PhoneSignIn.How.CREATED);
    }

    @Test
    void an_expired_code_is_refused_and_takes_no_try() {
        String number = newNumber();
        phones.requestRegistrationCode(form(number));
        jdbc.sql("UPDATE account_sms_code SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE phone = :p").param("p", e164(number)).update();
        long before = accounts();
        assertThatThrownBy(() -> phones.register(form(number), lastCode(jdbc, number)))
                .satisfies(refused("code", "phone.error.code-expired"))
                .satisfies(e -> assertThat(args(e)).containsExactly(5L));
        assertThat(accounts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT tries FROM account_sms_code WHERE phone = :p").param("p", e164(number)).query(Integer.class).single()).isZero();
    }

    @Test
    void a_used_code_cannot_be_used_again_and_an_older_code_is_replaced_by_the_newer() {
        String number = newNumber();
        phones.requestRegistrationCode(form(number));
        String older = lastCode(jdbc, number);
        PhoneCodes.letAMinutePass(jdbc, number);
        phones.requestRegistrationCode(form(number));
        String newer = lastCode(jdbc, number);
        if (!older.equals(newer)) {
            assertThatThrownBy(() -> phones.register(form(number), older)).satisfies(refused("code", "phone.error.wrong-code"));
        }
        phones.register(form(number), newer);
        assertThatThrownBy(() -> phones.signIn(number, newer)).satisfies(refused("code", "phone.error.code-used"));
    }

    @Test
    void a_new_code_within_sixty_seconds_is_refused_with_the_seconds_to_wait_and_nothing_is_sent() {
        String number = newNumber();
        phones.requestSignInCode(number, "zh-CN");
        assertThatThrownBy(() -> phones.requestSignInCode(number, "zh-CN"))
                .satisfies(refused("phone", "phone.error.resend-too-soon"))
                .satisfies(e -> assertThat((Long) args(e)[0]).isBetween(1L, 60L));
        assertThat(PhoneCodes.messages(jdbc, number)).isEqualTo(1);
        PhoneCodes.letAMinutePass(jdbc, number);
        phones.requestSignInCode(number, "zh-CN");
        assertThat(PhoneCodes.messages(jdbc, number)).isEqualTo(2);
    }

    @Test
    void one_number_gets_at_most_ten_codes_a_day() {
        String number = newNumber();
        for (int i = 0; i < 10; i++) {
            phones.requestSignInCode(number, "zh-CN");
            PhoneCodes.letAMinutePass(jdbc, number);
        }
        assertThatThrownBy(() -> phones.requestSignInCode(number, "zh-CN")).satisfies(refused("phone", "phone.error.too-many-for-number"));
        assertThat(PhoneCodes.messages(jdbc, number)).isEqualTo(10);
    }

    @Test
    void one_client_address_gets_at_most_twenty_codes_an_hour_whatever_the_numbers() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + (System.nanoTime() % 250 + 1) + "1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < 20; i++) {
            phones.requestSignInCode(newNumber(), "zh-CN");
        }
        String number = newNumber();
        assertThatThrownBy(() -> phones.requestSignInCode(number, "zh-CN")).satisfies(refused("phone", "phone.error.too-many-requests"));
        assertThat(PhoneCodes.messages(jdbc, number)).isZero();
    }

    @Test
    void a_number_in_a_wrong_format_is_refused_and_nothing_is_sent() {
        for (String bad : new String[] {"12345", "1381234", "abcdefghijk", "01012345678", "23812345678"}) {
            assertThatThrownBy(() -> phones.requestSignInCode(bad, "zh-CN")).as(bad).satisfies(refused("phone", "phone.error.format"));
        }
        assertThatThrownBy(() -> phones.requestSignInCode(" ", "zh-CN")).satisfies(refused("phone", "validation.required"));
        assertThatThrownBy(() -> phones.requestRegistrationCode(new PhoneRegistrationForm(newNumber(), "", "zh-CN")))
                .satisfies(refused("displayName", "validation.required"));
        String number = newNumber();
        phones.requestSignInCode(number, "zh-CN");
        assertThatThrownBy(() -> phones.signIn(number, "12ab")).satisfies(refused("code", "phone.error.code-format"));
        assertThatThrownBy(() -> phones.signIn(number, "")).satisfies(refused("code", "validation.required"));
        assertThatThrownBy(() -> phones.signIn(newNumber(), "123456")).satisfies(refused("code", "phone.error.no-code"));
    }

    @Test
    void the_owner_takes_over_an_account_the_staff_registered_by_signing_in_with_a_code() {
        String number = newNumber();
        Long staff = people.committeeOf(People.COMMUNITY_XINGFULI).id();
        UserAccount registered = users.save(UserAccount.withPhone(e164(number), "张大爷", "zh-CN", LocalDateTime.now(), staff));
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'RESIDENT', NOW())").param("u", registered.getId()).update();

        phones.requestSignInCode(number, "zh-CN");
        PhoneSignIn signedIn = phones.signIn(number, lastCode(jdbc, number));

        assertThat(signedIn.how()).isEqualTo(PhoneSignIn.How.TAKEN_OVER);
        assertThat(signedIn.user().id()).isEqualTo(registered.getId());
        assertThat(signedIn.user().roles()).containsExactly(Role.RESIDENT);
        assertThat(users.findById(registered.getId()).orElseThrow().isPhoneConfirmed()).isTrue();
    }

    @Test
    void a_disabled_or_erased_account_cannot_sign_in_with_a_code() {
        String number = newNumber();
        phones.requestRegistrationCode(form(number));
        Long id = phones.register(form(number), lastCode(jdbc, number)).user().id();
        jdbc.sql("UPDATE account_user SET disabled = TRUE WHERE id = :id").param("id", id).update();
        PhoneCodes.letAMinutePass(jdbc, number);
        phones.requestSignInCode(number, "zh-CN");
        assertThatThrownBy(() -> phones.signIn(number, lastCode(jdbc, number))).satisfies(refused("code", "phone.error.account-closed"));

        jdbc.sql("UPDATE account_user SET disabled = FALSE, erased_at = NOW() WHERE id = :id").param("id", id).update();
        PhoneCodes.letAMinutePass(jdbc, number);
        phones.requestSignInCode(number, "zh-CN");
        assertThatThrownBy(() -> phones.signIn(number, lastCode(jdbc, number))).as("an erased account")
                .satisfies(refused("code", "phone.error.account-closed"));
        assertThatThrownBy(() -> phones.register(form(number), lastCode(jdbc, number))).as("nor by registering again")
                .satisfies(refused("code", "phone.error.account-closed"));
    }
}
