package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridvoice.account.PhoneCodes.e164;
import static org.gridvoice.account.PhoneCodes.lastCode;
import static org.gridvoice.account.PhoneCodes.newNumber;

import jakarta.mail.internet.MimeMessage;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Adding a number to an account by code, and an email address (with a password) to a phone-only account. */
@GridVoiceTest
class ContactsTest {

    @Autowired ContactsService contacts;
    @Autowired PhoneSignInService phones;
    @Autowired AccountService accounts;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private static void refusedWith(Throwable e, String field, String key) {
        assertThat(((InvalidInput) e).concerns(field, key)).as(e.getMessage()).isTrue();
    }

    private SignedInUser phoneOnlyResident() {
        String number = newNumber();
        phones.requestSignInCode(number, "zh-CN");
        return phones.register(new PhoneRegistrationForm(number, "李大姐", "zh-CN"), lastCode(jdbc, number)).user();
    }

    @Test
    void a_resident_adds_a_mobile_number_with_a_code_sent_to_it() {
        People.actAs(people.resident());
        String number = newNumber();
        contacts.requestPhoneVerificationCode(number);
        assertThat(jdbc.sql("SELECT template FROM shared_sms_outbox WHERE phone = :p").param("p", e164(number)).query(String.class).single())
                .isEqualTo("VERIFY_PHONE");
        assertThatThrownBy(() -> contacts.verifyMyPhone(number, PhoneCodes.wrong(lastCode(jdbc, number))))
                .satisfies(e -> refusedWith(e, "code", "phone.error.wrong-code"));
        assertThat(contacts.myContacts().phone()).as("a wrong code changes nothing").isNull();

        Contacts now = contacts.verifyMyPhone(number, lastCode(jdbc, number));

        assertThat(now.phone()).isEqualTo(e164(number));
        assertThat(now.phoneConfirmed()).isTrue();
    }

    @Test
    void a_verification_code_does_not_sign_in_and_a_number_of_another_account_is_refused_only_after_the_code() {
        SignedInUser owner = phoneOnlyResident();
        String ownersNumber = jdbc.sql("SELECT phone FROM account_user WHERE id = :id").param("id", owner.id()).query(String.class).single()
                .substring(3);
        People.actAs(people.resident());
        PhoneCodes.letAMinutePass(jdbc, ownersNumber);
        CodeSent sent = contacts.requestPhoneVerificationCode(ownersNumber);
        assertThat(sent.phone()).as("asking tells nothing about whose number it is").isEqualTo(e164(ownersNumber));
        String code = lastCode(jdbc, ownersNumber);
        People.signOut();
        // the number's newest sign-in code is the one its owner registered with, used already
        assertThatThrownBy(() -> phones.signIn(ownersNumber, code)).as("a code for adding a number is no sign-in code")
                .satisfies(e -> refusedWith(e, "code", "phone.error.code-used"));

        People.actAs(people.resident());
        assertThatThrownBy(() -> contacts.verifyMyPhone(ownersNumber, code)).as("another user's code")
                .satisfies(e -> refusedWith(e, "code", "phone.error.no-code"));
    }

    @Test
    void a_phone_only_resident_adds_an_email_and_a_password_and_gets_the_confirmation_mail() throws Exception {
        SignedInUser resident = phoneOnlyResident();
        People.actAs(resident);
        String email = "phone" + System.nanoTime() + "@example.cn";
        assertThatThrownBy(() -> contacts.addMyEmail(email, "")).satisfies(e -> refusedWith(e, "password", "validation.required"));
        assertThatThrownBy(() -> contacts.addMyEmail("not-an-address", "long-enough-1")).satisfies(e -> refusedWith(e, "email", "validation.email"));
        assertThat(contacts.myContacts().email()).isNull();

        contacts.addMyEmail(email, "long-enough-1");

        Contacts now = contacts.myContacts();
        assertThat(now.email()).isEqualTo(email);
        assertThat(now.emailConfirmed()).isFalse();
        assertThat(now.hasPassword()).isTrue();
        MimeMessage mail = TestMail.awaitMailTo(email);
        assertThat(TestMail.body(mail)).contains("李大姐");
        assertThat(accounts.confirmEmail(TestMail.tokenIn(mail, "/confirm-email"))).isEqualTo(TokenOutcome.DONE);
        assertThat(contacts.myContacts().emailConfirmed()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM account_user WHERE id = :id").param("id", resident.id()).query(String.class).single();
        assertThat(passwordEncoder.matches("long-enough-1", hash)).isTrue();
    }

    @Test
    void an_address_of_another_account_is_not_taken_and_its_owner_is_told_by_mail() throws Exception {
        SignedInUser other = people.resident();
        People.actAs(phoneOnlyResident());
        contacts.addMyEmail(other.email(), "long-enough-1");
        assertThat(contacts.myContacts().email()).isNull();
        assertThat(TestMail.awaitMailTo(other.email()).getSubject()).contains("注册");
    }

    @Test
    void nothing_mails_an_account_without_address() {
        SignedInUser resident = phoneOnlyResident();
        var recipient = accounts.recipient(resident.id()).orElseThrow();
        assertThat(recipient.email()).isNull();
        assertThat(recipient.emailPreference()).isEqualTo(EmailPreference.NEVER);
    }
}
