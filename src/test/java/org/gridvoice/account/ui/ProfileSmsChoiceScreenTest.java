package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.TestSms;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The profile offers notifications by SMS only with a confirmed phone, and asks before turning them on. */
class ProfileSmsChoiceScreenTest extends ViewTest {

    @Autowired JdbcClient jdbc;

    private SignedInUser withPhone(boolean confirmed) {
        SignedInUser user = people.resident();
        jdbc.sql("UPDATE account_user SET phone = :p, phone_confirmed = :c WHERE id = :id")
                .param("p", TestSms.uniquePhone()).param("c", confirmed).param("id", user.id()).update();
        return user;
    }

    private boolean chosen(SignedInUser user) {
        return jdbc.sql("SELECT sms_notifications FROM account_user WHERE id = :id").param("id", user.id()).query(Boolean.class).single();
    }

    @Test
    void without_a_confirmed_phone_the_choice_is_not_offered() {
        signIn(withPhone(false));
        navigate("profile");
        assertThat(_find(SmsChoicePanel.class)).as("no visible panel").isEmpty();
        assertThat(_get(ProfileView.class).getChildren().filter(SmsChoicePanel.class::isInstance)).as("though it is there").hasSize(1);

        signIn(people.resident());
        navigate("profile");
        assertThat(_find(SmsChoicePanel.class)).isEmpty();
    }

    @Test
    void a_resident_with_a_confirmed_phone_turns_sms_on_after_reading_which_messages_come_and_off_again() {
        SignedInUser resident = withPhone(true);
        signIn(resident);
        navigate("profile");
        SmsChoicePanel panel = _get(SmsChoicePanel.class);
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.sms.getLabel()).isEqualTo("重要通知同时以短信发送给我");

        set(panel.sms, true);
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("header")).isEqualTo("以短信接收通知？");
        assertThat(chosen(resident)).as("nothing changes before confirming").isFalse();
        ComponentUtil.fireEvent(question, new ConfirmDialog.CancelEvent(question, false));
        assertThat(panel.sms.getValue()).as("cancelled: the box is cleared again").isFalse();
        assertThat(chosen(resident)).isFalse();

        set(panel.sms, true);
        question = _find(ConfirmDialog.class).getLast();
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));
        assertThat(chosen(resident)).isTrue();

        navigate("notifications");
        navigate("profile");
        panel = _get(SmsChoicePanel.class);
        assertThat(panel.sms.getValue()).as("shown as stored").isTrue();
        set(panel.sms, false);
        assertThat(chosen(resident)).isFalse();
    }
}
