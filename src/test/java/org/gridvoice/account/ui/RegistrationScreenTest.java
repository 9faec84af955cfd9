package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
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
    void a_taken_email_is_shown_next_to_the_email_field() {
        inEnglish();
        navigate("register");
        fill("committee@gridvoice.demo", "Someone", "long-enough-1", "long-enough-1");
        EmailField email = _get(EmailField.class, s -> s.withLabel("Email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("An account with this email exists already");
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
