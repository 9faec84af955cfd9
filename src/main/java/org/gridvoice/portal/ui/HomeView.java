package org.gridvoice.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * What needs the reader now. A visitor sees what is going on in public and how to join; a
 * signed-in user sees one set of sections per role they hold: a verified resident their votes,
 * confirmations, community, proposals and grid; an officer the inbox; the committee its queues and
 * consultations; an administrator the tools. Only a resident who is not verified, and holds no
 * staff role, is asked first to apply for residency.
 */
@Route("")
@AnonymousAllowed
@Menu(title = "nav.home", order = 0, icon = "vaadin:home-o")
public class HomeView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ResidencyService residencies;
    private final PublicSections publicSections;
    private final ResidentSections residentSections;
    private final StaffSections staffSections;
    private final AttestationSection attestation;

    public HomeView(CurrentUser currentUser, ResidencyService residencies, PublicSections publicSections, ResidentSections residentSections,
                    StaffSections staffSections, AttestationSection attestation) {
        this.attestation = attestation;
        this.currentUser = currentUser;
        this.residencies = residencies;
        this.publicSections = publicSections;
        this.residentSections = residentSections;
        this.staffSections = staffSections;
        addClassName("gv-page");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        currentUser.get().ifPresentOrElse(this::showTasks, this::showPublic);
    }

    private void showPublic() {
        Div hero = new Div(new H1(getTranslation("home.visitor.title")), new Paragraph(getTranslation("home.visitor.lead")));
        hero.addClassName("gv-hero");
        Div actions = new Div(link("nav.register", "register", true), link("nav.login", "login", false),
                link("request.home.file", "requests/new", false));
        actions.addClassNames("gv-actions", com.vaadin.flow.theme.lumo.LumoUtility.Margin.Bottom.LARGE);
        add(hero, actions, new H2(getTranslation("home.public.title")),
                cards(publicSections.byPhase("home-open", null, "home.open.none", "home.open.title"),
                        publicSections.recentResults(), publicSections.recentlyResolved()));
        Div steps = new Div();
        steps.addClassName("gv-cards");
        for (String step : new String[] {"propose", "deliberate", "vote", "case"}) {
            Div card = new Div(new H3(getTranslation("home.visitor.step." + step + ".title")),
                    new Paragraph(getTranslation("home.visitor.step." + step + ".text")));
            card.addClassName("gv-card");
            steps.add(card);
        }
        add(new H2(getTranslation("home.visitor.how")), steps);
    }

    private void showTasks(SignedInUser user) {
        add(new H1(getTranslation("home.user.title", user.displayName())));
        ResidencySummary residency = residencies.mine().stream()
                .filter(r -> r.status() == ResidencyStatus.APPROVED || r.status() == ResidencyStatus.PENDING).findFirst().orElse(null);
        boolean verified = residency != null && residency.status() == ResidencyStatus.APPROVED;
        boolean officer = user.has(Role.OFFICER) || user.has(Role.OFFICE_LEAD);
        boolean staff = officer || user.has(Role.COMMITTEE) || user.has(Role.ADMIN);
        if (verified) {
            add(ResidentSections.verifiedLine(residency));
        }
        if (!staff || verified) {
            Div quick = new Div(link("request.home.file", "requests/new", true), link("request.home.list", "requests", false));
            quick.addClassNames("gv-actions", com.vaadin.flow.theme.lumo.LumoUtility.Margin.Bottom.MEDIUM);
            add(quick);
        }
        Div cards = cards();
        if (!verified && !staff) {
            cards.add(ResidentSections.residency(residency, false));
        }
        if (verified) {
            attestation.waiting().ifPresent(cards::add);
            cards.add(residentSections.needsYourVote(), residentSections.casesToConfirm());
        }
        if (officer) {
            cards.add(staffSections.inbox());
        }
        if (user.has(Role.COMMITTEE)) {
            cards.add(staffSections.committeeQueues());
            staffSections.committeeConsultations().forEach(cards::add);
        }
        if (user.has(Role.ADMIN)) {
            cards.add(StaffSections.adminTools());
        }
        if (verified) {
            cards.add(publicSections.byPhase("home-community", residency.communityId(), "home.community.none", "home.community.title",
                    residency.communityName()), residentSections.myProposals(), residentSections.gridCases(residency));
        } else if (!user.has(Role.COMMITTEE)) {
            cards.add(publicSections.byPhase("home-open", null, "home.open.none", "home.open.title"));
        }
        if (!verified && staff) {
            cards.add(ResidentSections.residency(residency, true));
        }
        add(cards);
    }

    private static Div cards(com.vaadin.flow.component.Component... sections) {
        Div cards = new Div(sections);
        // each card as tall as its content, not as its row's tallest
        cards.addClassNames("gv-cards", "gv-home", com.vaadin.flow.theme.lumo.LumoUtility.AlignItems.START);
        return cards;
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
