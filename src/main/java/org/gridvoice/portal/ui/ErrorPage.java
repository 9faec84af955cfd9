package org.gridvoice.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the error views show: a title, one sentence and a way home, in the reader's language.
 * Never the exception's message, a stack trace or the application's routes.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String titleKey = "app.error.generic.title";

    /** Shows the page for the given message keys ({@code app.error.*.title} and {@code .text}). */
    protected void show(String kind) {
        titleKey = "app.error." + kind + ".title";
        removeAll();
        addClassName("gv-error-page");
        H2 title = new H2(getTranslation(titleKey));
        Anchor home = new Anchor("", getTranslation("app.error.home"));
        home.getElement().setAttribute("router-link", true);
        add(title, new Paragraph(getTranslation("app.error." + kind + ".text")), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

}
