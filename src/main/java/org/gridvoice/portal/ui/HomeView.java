package org.gridvoice.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.ResidencyStatus;
import org.gridvoice.account.ResidencySummary;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;

/** For a visitor: what GridVoice is. For a signed-in user: what needs them now. */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", order = 0, icon = "vaadin:home-o")
public class HomeView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ResidencyService residencies;

    public HomeView(CurrentUser currentUser, ResidencyService residencies) {
        this.currentUser = currentUser;
        this.residencies = residencies;
        addClassName("gv-page");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        currentUser.get().ifPresentOrElse(this::showTasks, this::showIntroduction);
    }

    private void showIntroduction() {
        Div hero = new Div(new H1(getTranslation("home.visitor.title")), new Paragraph(getTranslation("home.visitor.lead")));
        hero.addClassName("gv-hero");
        Div steps = new Div();
        steps.addClassName("gv-cards");
        for (String step : new String[] {"propose", "deliberate", "vote", "case"}) {
            steps.add(card(new H3(getTranslation("home.visitor.step." + step + ".title")),
                    new Paragraph(getTranslation("home.visitor.step." + step + ".text"))));
        }
        Div actions = new Div(link("nav.register", "register", true), link("nav.login", "login", false));
        actions.addClassName("gv-actions");
        add(hero, actions, steps);
    }

    private void showTasks(SignedInUser user) {
        add(new H2(getTranslation("home.user.title", user.displayName())));
        Div cards = new Div();
        cards.addClassName("gv-cards");
        cards.add(residencyCard());
        if (user.has(Role.COMMITTEE)) {
            long waiting = residencies.queueSize();
            cards.add(card(new H3(getTranslation("home.committee.title")),
                    new Paragraph(getTranslation(waiting == 0 ? "home.committee.none" : "home.committee.waiting", waiting)),
                    link("nav.verifications", "committee/verifications", waiting > 0)));
        }
        if (user.has(Role.OFFICER) || user.has(Role.OFFICE_LEAD)) {
            cards.add(card(new H3(getTranslation("home.office.title")), new Paragraph(getTranslation("home.office.text")),
                    link("nav.office", "office", false)));
        }
        if (user.has(Role.ADMIN)) {
            cards.add(card(new H3(getTranslation("home.admin.title")), new Paragraph(getTranslation("home.admin.text")),
                    link("nav.admin.places", "admin/places", false), link("nav.admin.accounts", "admin/accounts", false)));
        }
        add(cards);
    }

    private Div residencyCard() {
        var open = residencies.mine().stream()
                .filter(r -> r.status() == ResidencyStatus.APPROVED || r.status() == ResidencyStatus.PENDING).findFirst();
        if (open.isEmpty()) {
            return card(new H3(getTranslation("home.residency.title")), new Paragraph(getTranslation("home.residency.none")),
                    link("home.residency.request", "residency", true));
        }
        ResidencySummary r = open.get();
        Span badge = new Span(getTranslation("residency.status." + r.status().name()));
        badge.getElement().getThemeList().add(r.status() == ResidencyStatus.APPROVED ? "badge success" : "badge");
        badge.addClassName("gv-residency-status");
        return card(new H3(getTranslation("home.residency.title")), badge,
                new Paragraph(getTranslation("residency.where", r.communityName(), r.gridName(), r.address())),
                link("home.residency.details", "residency", false));
    }

    private static Div card(com.vaadin.flow.component.Component... content) {
        Div card = new Div(content);
        card.addClassName("gv-card");
        return card;
    }

    private Anchor link(String key, String route, boolean primary) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.addClassName(primary ? "gv-link-primary" : "gv-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
