package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.RouterLink;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;

class LoginScreenTest extends ViewTest {

    @Test
    void the_login_page_links_to_a_new_confirmation_link() {
        inEnglish();
        navigate("login");
        RouterLink resend = _get(RouterLink.class, s -> s.withText("Resend the confirmation mail"));
        assertThat(resend.getHref()).isEqualTo("resend-confirmation");
    }

    /** The answer names the address typed, and otherwise reads the same for a confirmed, an unknown and an unconfirmed one. */
    private String resendAnswerFor(String email) {
        navigate("login");
        navigate("resend-confirmation");
        set(_get(EmailField.class), email);
        _click(_get(Button.class, s -> s.withText("Send link")));
        assertThat(_get(H2.class).getText()).isEqualTo("New confirmation link");
        return _get(Paragraph.class, s -> s.withPredicate(p -> p.getText().contains(email))).getText().replace(email, "<address>");
    }

    @Test
    void resend_confirmation_answers_the_same_whoever_the_address_belongs_to() {
        inEnglish();
        String known = resendAnswerFor("committee@gridvoice.demo");
        String unknown = resendAnswerFor("nobody" + System.nanoTime() + "@example.cn");
        assertThat(known).isEqualTo(unknown);
    }

    @Test
    void an_empty_address_is_told_it_is_required_not_that_it_is_malformed() {
        inEnglish();
        navigate("forgot-password");
        _click(_get(Button.class, s -> s.withText("Send reset link")));
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Please fill this in.");
    }
}
