package org.gridvoice.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.gridvoice.account.PersonalDataService;

/** The profile's "my data" part: download it, read it as a page, or delete the account. */
public class MyDataPanel extends Div {

    public MyDataPanel(PersonalDataService personalData, String displayName) {
        setId("my-data");
        addClassName("gv-card");
        Anchor json = new Anchor("me/data.json", getTranslation("privacy.download-json"));
        json.setId("my-data-json");
        json.getElement().setAttribute("download", "gridvoice-my-data.json");
        json.getElement().setAttribute("router-ignore", true);
        Anchor page = new Anchor("me/data", getTranslation("privacy.view-page"));
        page.setId("my-data-page");
        page.getElement().setAttribute("router-link", true);
        Button delete = new Button(getTranslation("privacy.delete"), VaadinIcon.TRASH.create(),
                e -> new EraseAccountDialog(personalData, displayName).open());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div links = new Div(new Div(json), new Div(page));
        add(new H3(getTranslation("privacy.panel.title")), new Paragraph(getTranslation("privacy.panel.intro")), links, delete);
    }
}
