package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.gridvoice.account.PhoneCodes;
import org.gridvoice.account.PhoneRegistrationForm;
import org.gridvoice.account.PhoneSignInService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The profile of a resident who registered with a phone only: it opens, shows the number whole, and offers an email address. */
class ContactsPanelScreenTest extends ViewTest {

    @Autowired PhoneSignInService phones;
    @Autowired JdbcClient jdbc;

    private static boolean says(String text) {
        return !_find(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains(text))).isEmpty();
    }

    @Test
    void a_phone_only_resident_sees_the_number_whole_and_adds_an_email_with_a_password() {
        String number = PhoneCodes.newNumber();
        phones.requestSignInCode(number, "en");
        SignedInUser resident = phones.register(new PhoneRegistrationForm(number, "Aunt Li", "en"), PhoneCodes.lastCode(jdbc, number)).user();
        inEnglish();
        signIn(resident);
        navigate("profile");

        assertThat(says("Mobile number: " + number + " (confirmed)")).isTrue();
        assertThat(says("No email address on your account.")).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Mobile number")).getValue()).as("the change form starts empty").isEmpty();

        String email = "aunt" + System.nanoTime() + "@example.cn";
        set(_get(EmailField.class, s -> s.withLabel("Email").withPredicate(f -> !f.isReadOnly())), email);
        _click(_get(Button.class, s -> s.withText("Send confirmation mail")));
        assertThat(_get(PasswordField.class, s -> s.withLabel("Password")).getErrorMessage()).isEqualTo("Please fill this in.");
        set(_get(PasswordField.class, s -> s.withLabel("Password")), "long-enough-1");
        _click(_get(Button.class, s -> s.withText("Send confirmation mail")));
        assertThat(says("We sent a mail to " + email)).isTrue();
        assertThat(says("look in your spam folder")).isTrue();
    }
}
