package org.gridvoice.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.EmailPreference;
import org.gridvoice.account.Profile;
import org.gridvoice.account.ProfileForm;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/** Display name, language and how notifications reach the user by mail. */
@Route("profile")
@PermitAll
@Menu(title = "nav.profile", order = 90, icon = "vaadin:user")
public class ProfileView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final org.gridvoice.account.PersonalDataService personalData;
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final Select<String> language = new Select<>();
    private final RadioButtonGroup<EmailPreference> emailPreference = new RadioButtonGroup<>();

    public ProfileView(AccountService accounts, ContactsPanel contacts, org.gridvoice.account.PersonalDataService personalData,
                       org.gridvoice.account.SmsChoiceService smsChoices) {
        this.accounts = accounts;
        this.personalData = personalData;
        addClassName("gv-narrow-page");
        email.setLabel(getTranslation("register.email"));
        email.setReadOnly(true);
        displayName.setLabel(getTranslation("register.display-name"));
        displayName.setMaxLength(60);
        displayName.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("language.label"));
        language.setItems(Messages.CHINESE.toLanguageTag(), Messages.ENGLISH.toLanguageTag());
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        emailPreference.setLabel(getTranslation("profile.email-preference"));
        emailPreference.setItems(EmailPreference.values());
        emailPreference.setItemLabelGenerator(p -> getTranslation("profile.email-preference." + p.name()));
        FormErrors errors = new FormErrors(this).bind("displayName", displayName);
        Button save = new Button(getTranslation("action.save"), e -> {
            var form = new ProfileForm(displayName.getValue(), language.getValue(), emailPreference.getValue());
            if (errors.attempt(() -> accounts.updateMyProfile(form))) {
                Toasts.success(getTranslation("profile.saved"));
                if (!Messages.fromTag(form.language()).equals(Messages.supported(getLocale()))) {
                    getUI().ifPresent(ui -> {
                        ui.getSession().setLocale(Messages.fromTag(form.language()));
                        ui.getPage().reload();
                    });
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var field : new com.vaadin.flow.component.HasSize[] {email, displayName, language}) {
            field.setWidthFull();
        }
        add(new H2(getTranslation("profile.title")), email, displayName, language, emailPreference, save);
        add(contacts, new SmsChoicePanel(smsChoices));
        addClassNames("gv-form");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Profile profile = accounts.myProfile();
        email.setValue(profile.email() == null ? "" : profile.email());
        displayName.setValue(profile.displayName());
        language.setValue(Messages.fromTag(profile.language()).toLanguageTag());
        emailPreference.setValue(profile.emailPreference());
        getChildren().filter(MyDataPanel.class::isInstance).toList().forEach(this::remove);
        add(new MyDataPanel(personalData, profile.displayName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
