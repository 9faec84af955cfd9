package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Role;
import org.gridvoice.meeting.MeetingFilter;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.springframework.data.domain.PageRequest;

/** Residents' meetings: upcoming and past, by community; committee members also find their drafts here. */
@Route("meetings")
@AnonymousAllowed
@Menu(title = "meeting.nav", order = 5.3, icon = "vaadin:group")
public class MeetingsView extends Main implements HasDynamicTitle {

    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final MeetingGrid upcoming = new MeetingGrid("meeting.list.empty.upcoming");
    private final MeetingGrid past = new MeetingGrid("meeting.list.empty.past");

    public MeetingsView(MeetingPages meetings, PlaceService places, CurrentUser currentUser) {
        addClassName("gv-page");
        add(new H2(getTranslation("meeting.list.title")), new Paragraph(getTranslation("meeting.list.intro")));
        community.setLabel(getTranslation("meeting.filter.community"));
        community.setPlaceholder(getTranslation("meeting.filter.community.any"));
        community.setItems(places.activeCommunities());
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setClearButtonVisible(true);
        community.addValueChangeListener(e -> {
            upcoming.getDataProvider().refreshAll();
            past.getDataProvider().refreshAll();
        });
        upcoming.setId("meetings-upcoming");
        past.setId("meetings-past");
        upcoming.setItems(q -> meetings.list(filter(true), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        past.setItems(q -> meetings.list(filter(false), PageRequest.of(q.getPage(), q.getPageSize())).stream());

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("meeting.list.upcoming"), upcoming);
        tabs.add(getTranslation("meeting.list.past"), past);
        tabs.setWidthFull();
        boolean committee = currentUser.get().map(u -> u.has(Role.COMMITTEE)).orElse(false);
        if (committee) {
            Button create = new Button(getTranslation("meeting.new"), new Icon(VaadinIcon.PLUS),
                    e -> getUI().ifPresent(ui -> ui.navigate(MeetingEditorView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("meeting-new");
            RouterLink roll = new RouterLink(getTranslation("meeting.roll.open"), RollView.class);
            Div bar = new Div(create, roll);
            bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
            add(bar);
            MeetingGrid drafts = new MeetingGrid("meeting.list.empty.drafts");
            drafts.setItems(q -> meetings.drafts(PageRequest.of(q.getPage(), q.getPageSize())).stream());
            tabs.add(getTranslation("meeting.list.drafts"), drafts);
        }
        add(community, tabs);
    }

    private MeetingFilter filter(boolean upcoming) {
        return new MeetingFilter(upcoming, community.getValue() == null ? null : community.getValue().id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title");
    }
}
