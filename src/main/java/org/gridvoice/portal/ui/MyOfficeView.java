package org.gridvoice.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountSummary;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;

/** An officer's offices: what each serves and who works there. The case inbox comes with casework. */
@Route("office")
@RolesAllowed({"OFFICER", "OFFICE_LEAD"})
@Menu(title = "nav.office", order = 30, icon = "vaadin:briefcase")
public class MyOfficeView extends Main implements AfterNavigationObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final RoleService roles;
    private final OfficeService offices;
    private final PlaceService places;

    public MyOfficeView(CurrentUser currentUser, RoleService roles, OfficeService offices, PlaceService places) {
        this.currentUser = currentUser;
        this.roles = roles;
        this.offices = offices;
        this.places = places;
        addClassName("gv-page");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        add(new H2(getTranslation("office.title")));
        var mine = offices.officesOf(roles.officesOf(currentUser.requireId()));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("office.none")));
        }
        mine.forEach(office -> add(officeCard(office)));
    }

    private Div officeCard(OfficeSummary office) {
        Div card = new Div(new H3(office.name()));
        card.addClassName("gv-card");
        card.add(new Paragraph(getTranslation("office.kind." + office.kind().name())
                + (office.phone() == null ? "" : " · " + office.phone())));
        String grids = places.gridsOf(office.gridIds()).stream()
                .map(GridSummary::fullName)
                .collect(Collectors.joining(getTranslation("list.separator")));
        card.add(new Paragraph(getTranslation("office.grids", grids.isEmpty() ? getTranslation("office.grids.all") : grids)));
        card.add(new H3(getTranslation("office.staff")));
        UnorderedList staff = new UnorderedList();
        for (AccountSummary person : roles.staffOf(office.id())) {
            String roleNames = person.grants().stream().map(g -> getTranslation("role." + g.role().name()))
                    .collect(Collectors.joining(getTranslation("list.separator")));
            staff.add(new ListItem(getTranslation("office.staff.entry", person.displayName(), roleNames)));
        }
        card.add(staff);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.title");
    }
}
