package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.gridvoice.account.PhoneCodes;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The newcomer's dead end: every "check your mail" or "enter the code" screen says what to do when nothing arrives. */
class NothingArrivedScreenTest extends ViewTest {

    @Autowired JdbcClient jdbc;

    private static boolean says(String text) {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains(text))).isEmpty();
    }

    @Test
    void after_registering_by_email_the_screen_says_wait_check_spam_resend_or_ask_the_committee() {
        inEnglish();
        navigate("register");
        set(_get(EmailField.class, s -> s.withLabel("Email")), "new" + System.nanoTime() + "@example.cn");
        set(_get(TextField.class, s -> s.withLabel("Display name")), "New Neighbour");
        set(_get(PasswordField.class, s -> s.withLabel("Password")), "long-enough-1");
        set(_get(PasswordField.class, s -> s.withLabel("Repeat password")), "long-enough-1");
        _click(_get(Button.class, s -> s.withText("Create account")));
        assertThat(says("look in your spam folder")).isTrue();
        assertThat(says("ask your residents' committee")).isTrue();
        assertThat(_get(RouterLink.class, s -> s.withText("Resend the confirmation mail")).getHref()).isEqualTo("resend-confirmation");
    }

    @Test
    void asking_for_a_new_link_or_a_password_reset_says_what_to_do_if_nothing_arrives() {
        inEnglish();
        navigate("resend-confirmation");
        set(_get(EmailField.class), "nobody" + System.nanoTime() + "@example.cn");
        _click(_get(Button.class, s -> s.withText("Send link")));
        assertThat(says("look in your spam folder")).isTrue();
        navigate("forgot-password");
        set(_get(EmailField.class), "nobody" + System.nanoTime() + "@example.cn");
        _click(_get(Button.class, s -> s.withText("Send reset link")));
        assertThat(says("sign in with a code instead")).isTrue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_register_screen_offers_a_mobile_number_and_its_code_step_says_what_to_do_without_sms() {
        inEnglish();
        navigate("register");
        RadioButtonGroup<Object> way = _get(RadioButtonGroup.class, s -> s.withLabel("Register"));
        way.setValue(way.getListDataView().getItems().filter(w -> w.toString().equals("PHONE")).findFirst().orElseThrow());
        set(_get(TextField.class, s -> s.withLabel("Display name")), "Neighbour");
        set(_get(TextField.class, s -> s.withLabel("Mobile number")), "0101234567");
        _click(_get(Button.class, s -> s.withText("Send code")));
        assertThat(_get(TextField.class, s -> s.withLabel("Mobile number")).getErrorMessage()).startsWith("This is not a mobile number");

        String number = PhoneCodes.newNumber();
        set(_get(TextField.class, s -> s.withLabel("Mobile number")), number);
        _click(_get(Button.class, s -> s.withText("Send code")));
        assertThat(says("We sent a 6-digit code to " + number + ". It works for 5 minutes.")).isTrue();
        assertThat(says("ask for a new code after 60 seconds")).isTrue();
        assertThat(says("Ask your residents' committee")).isTrue();

        _click(_get(Button.class, s -> s.withText("Send a new code")));
        assertThat(_get(TextField.class, s -> s.withLabel("Mobile number")).getErrorMessage()).startsWith("A code was sent to this number just now");
        set(_get(TextField.class, s -> s.withLabel("Code from the text message")), PhoneCodes.wrong(PhoneCodes.lastCode(jdbc, number)));
        _click(_get(Button.class, s -> s.withText("Confirm code and create account")));
        assertThat(_get(TextField.class, s -> s.withLabel("Code from the text message")).getErrorMessage())
                .isEqualTo("This code is not right. Tries left for this code: 4.");
    }
}
