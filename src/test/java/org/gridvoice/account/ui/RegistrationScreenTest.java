package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;

class RegistrationScreenTest extends ViewTest {

    private void fill(String email, String name, String password, String repeat) {
        set(_get(EmailField.class, s -> s.withLabel("Email")), email);
        set(_get(TextField.class, s -> s.withLabel("Display name")), name);
        set(_get(PasswordField.class, s -> s.withLabel("Password")), password);
        set(_get(PasswordField.class, s -> s.withLabel("Repeat password")), repeat);
        _click(_get(Button.class, s -> s.withText("Create account")));
    }

    @Test
    void a_registered_email_gets_the_same_check_your_mail_answer_as_a_new_one() {
        inEnglish();
        navigate("register");
        fill("committee@gridvoice.demo", "Someone", "long-enough-1", "long-enough-1");
        String registered = _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains("committee@gridvoice.demo"))).getText();
        assertThat(_get(H2.class).getText()).isEqualTo("Check your mail");

        navigate("login");
        navigate("register");
        String address = "new" + System.nanoTime() + "@example.cn";
        fill(address, "New Neighbour", "long-enough-1", "long-enough-1");
        assertThat(_get(H2.class).getText()).isEqualTo("Check your mail");
        assertThat(_get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains(address))).getText().replace(address, "committee@gridvoice.demo"))
                .as("word for word the same answer").isEqualTo(registered);
    }

    @Test
    void an_empty_password_is_told_it_is_required() {
        inEnglish();
        navigate("register");
        fill("new" + System.nanoTime() + "@example.cn", "New Neighbour", "", "");
        PasswordField password = _get(PasswordField.class, s -> s.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Please fill this in.");
    }

    @Test
    void a_short_password_is_told_it_needs_at_least_eight_characters() {
        inEnglish();
        navigate("register");
        fill("new" + System.nanoTime() + "@example.cn", "New Neighbour", "short", "short");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Password")).getErrorMessage())
                .isEqualTo("The password needs at least 8 characters.");
    }

    @Test
    void an_empty_form_says_required_for_every_required_field() {
        inEnglish();
        navigate("register");
        fill("", "", "", "");
        assertThat(_get(EmailField.class, s -> s.withLabel("Email")).getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(_get(TextField.class, s -> s.withLabel("Display name")).getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Password")).getErrorMessage()).isEqualTo("Please fill this in.");
    }

    @Test
    void differing_passwords_are_caught_and_a_good_form_ends_on_check_your_mail() {
        inEnglish();
        navigate("register");
        fill("new" + System.nanoTime() + "@example.cn", "New Neighbour", "long-enough-1", "long-enough-2");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Repeat password")).getErrorMessage()).isEqualTo("The two passwords differ.");
        set(_get(PasswordField.class, s -> s.withLabel("Repeat password")), "long-enough-1");
        _click(_get(Button.class, s -> s.withText("Create account")));
        assertThat(_get(H2.class).getText()).isEqualTo("Check your mail");
    }
}
