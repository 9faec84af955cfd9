package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.meeting.AgendaItemForm;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.MeetingForm;
import org.gridvoice.meeting.MeetingKind;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.meeting.MeetingService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;

/** The committee schedules a meeting (no id) or changes one of its community until it starts (with its id). */
@Route("meetings/editor/:id?")
@RolesAllowed("COMMITTEE")
public class MeetingEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingPages pages;
    private final PlaceService places;
    private final OfficeService offices;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final Clock clock;

    final ComboBox<CommunitySummary> community = new ComboBox<>();
    final Select<MeetingKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final TextField place = new TextField();
    final RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>();
    final MultiSelectComboBox<GridSummary> grids = new MultiSelectComboBox<>();
    final MultiSelectComboBox<OfficeSummary> invitedOffices = new MultiSelectComboBox<>();
    final TextField invitedParties = new TextField();
    private final Div agenda = new Div();
    private final List<AgendaItemFields> items = new ArrayList<>();
    private MeetingDetails editing;
    private boolean unavailable;

    public MeetingEditorView(MeetingService meetings, MeetingPages pages, PlaceService places, OfficeService offices, RoleService roles,
                             CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.pages = pages;
        this.places = places;
        this.offices = offices;
        this.roles = roles;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        items.clear();
        agenda.removeAll();
        editing = null;
        unavailable = false;
        if (event.getRouteParameters().get("id").isPresent()) {
            try {
                editing = MeetingView.idOf(event).map(id -> pages.details(id, getLocale()))
                        .filter(d -> d.committee() && d.steps().editRefusal() == null).orElse(null);
            } catch (InvalidInput notFound) {
                editing = null;
            }
            if (editing == null) {
                unavailable = true;
                add(new H2(getTranslation("meeting.not-found.title")), new Paragraph(getTranslation("meeting.editor.unavailable")),
                        new RouterLink(getTranslation("meeting.back-to-list"), MeetingsView.class));
                return;
            }
        }
        build();
    }

    private void build() {
        add(new H2(getPageTitle()), new Paragraph(getTranslation(editing == null ? "meeting.editor.new.intro"
                : "meeting.editor.edit.intro")));
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        community.setLabel(getTranslation("meeting.field.community"));
        community.setItems(places.activeCommunities().stream().filter(c -> mine.contains(c.id())).toList());
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setRequiredIndicatorVisible(true);
        community.addValueChangeListener(e -> {
            grids.clear();
            grids.setItems(e.getValue() == null ? List.of() : places.activeGridsOf(e.getValue().id()));
        });
        kind.setLabel(getTranslation("meeting.field.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meeting.kind." + k.name()));
        kind.setValue(MeetingKind.RESIDENTS_MEETING);
        title.setLabel(getTranslation("meeting.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("meeting.field.description"));
        description.setHelperText(getTranslation("meeting.field.description.help"));
        description.setMinHeight("8em");
        startsAt.setLabel(getTranslation("meeting.field.startsAt"));
        // no required mark: it puts aria-required on the picker's group role, which does not allow it (axe); the service says so when missing
        endsAt.setLabel(getTranslation("meeting.field.endsAt"));
        place.setLabel(getTranslation("meeting.field.place"));
        place.setMaxLength(200);
        place.setRequiredIndicatorVisible(true);
        scope.setLabel(getTranslation("meeting.field.scope"));
        scope.setItems(true, false);
        scope.setItemLabelGenerator(whole -> getTranslation(whole ? "meeting.scope.whole" : "meeting.scope.chosen"));
        scope.setValue(true);
        scope.addValueChangeListener(e -> grids.setEnabled(Boolean.FALSE.equals(e.getValue())));
        grids.setLabel(getTranslation("meeting.field.grids"));
        grids.setItemLabelGenerator(GridSummary::name);
        grids.setEnabled(false);
        invitedOffices.setLabel(getTranslation("meeting.field.offices"));
        invitedOffices.setItems(offices.activeOffices());
        invitedOffices.setItemLabelGenerator(OfficeSummary::name);
        invitedParties.setLabel(getTranslation("meeting.field.invitedParties"));
        invitedParties.setHelperText(getTranslation("meeting.field.invitedParties.help"));
        invitedParties.setMaxLength(500);

        FormLayout layout = new FormLayout(community, kind, title, description, startsAt, endsAt, place, scope, grids, invitedOffices,
                invitedParties);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        layout.setColspan(title, 2);
        layout.setColspan(description, 2);
        layout.setColspan(invitedParties, 2);

        Button addItem = new Button(getTranslation("meeting.item.add"), new Icon(VaadinIcon.PLUS), e -> addItem(null));
        addItem.setId("meeting-item-add");
        agenda.setId("meeting-agenda-editor");
        if (editing == null) {
            if (community.getListDataView().getItemCount() == 1) {
                community.setValue(community.getListDataView().getItem(0));
            }
            LocalDateTime start = LocalDateTime.now(clock).plusDays(7).truncatedTo(ChronoUnit.DAYS).plusHours(19);
            startsAt.setValue(start);
            endsAt.setValue(start.plusHours(2));
        } else {
            fill(editing);
        }
        FormErrors errors = new FormErrors(this).bind("communityId", community).bind("kind", kind).bind("title", title)
                .bind("description", description).bind("startsAt", startsAt).bind("endsAt", endsAt).bind("place", place)
                .bind("gridIds", grids).bind("officeIds", invitedOffices).bind("invitedParties", invitedParties);
        Button save = new Button(getTranslation("action.save"), e -> save(errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave(editing == null ? null : editing.id()));
        Div actions = new Div(save, cancel);
        actions.addClassName("gv-actions");
        add(layout, new H3(getTranslation("meeting.agenda.title")), agenda, addItem, actions);
    }

    private void fill(MeetingDetails d) {
        community.getListDataView().getItems().filter(c -> c.id().equals(d.communityId())).findFirst().ifPresent(community::setValue);
        community.setEnabled(false);
        kind.setValue(d.kind());
        title.setValue(d.title());
        description.setValue(d.description() == null ? "" : d.description());
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        place.setValue(d.place());
        scope.setValue(d.wholeCommunity());
        grids.getListDataView().getItems().filter(g -> d.gridIds().contains(g.id())).forEach(g -> grids.select(g));
        invitedOffices.getListDataView().getItems().filter(o -> d.officeIds().contains(o.id())).forEach(o -> invitedOffices.select(o));
        invitedParties.setValue(d.invitedParties() == null ? "" : d.invitedParties());
        d.form().items().forEach(this::addItem);
    }

    private void addItem(AgendaItemForm item) {
        AgendaItemFields fields = new AgendaItemFields(pages.linkKinds(), (k, id) -> pages.linkTarget(k, id, getLocale()));
        if (item != null) {
            fields.fill(item);
        }
        fields.up.addClickListener(e -> move(fields, -1));
        fields.down.addClickListener(e -> move(fields, 1));
        fields.remove.addClickListener(e -> {
            items.remove(fields);
            relayout();
        });
        items.add(fields);
        relayout();
    }

    private void move(AgendaItemFields fields, int by) {
        int at = items.indexOf(fields);
        int to = at + by;
        if (to >= 0 && to < items.size()) {
            items.remove(at);
            items.add(to, fields);
            relayout();
        }
    }

    private void relayout() {
        agenda.removeAll();
        if (items.isEmpty()) {
            agenda.add(new Paragraph(getTranslation("meeting.editor.agenda.empty")));
        }
        for (int i = 0; i < items.size(); i++) {
            AgendaItemFields f = items.get(i);
            f.setId("meeting-item-" + (i + 1));
            f.title.setLabel(getTranslation("meeting.item.title.numbered", i + 1));
            f.up.setEnabled(i > 0);
            f.down.setEnabled(i < items.size() - 1);
            agenda.add(f);
        }
    }

    private MeetingForm form() {
        return new MeetingForm(community.getValue() == null ? null : community.getValue().id(), kind.getValue(), title.getValue(),
                description.getValue(), startsAt.getValue(), endsAt.getValue(), place.getValue(), Boolean.TRUE.equals(scope.getValue()),
                grids.getValue().stream().map(GridSummary::id).collect(Collectors.toSet()),
                invitedOffices.getValue().stream().map(OfficeSummary::id).collect(Collectors.toSet()), invitedParties.getValue(),
                items.stream().map(AgendaItemFields::form).toList());
    }

    private void save(FormErrors errors) {
        MeetingForm form = form();
        AtomicReference<Long> saved = new AtomicReference<>(editing == null ? null : editing.id());
        boolean ok = errors.attempt(() -> {
            if (editing == null) {
                saved.set(meetings.schedule(form));
            } else {
                meetings.update(editing.id(), form);
            }
        });
        if (ok) {
            Toasts.success(getTranslation(editing == null ? "meeting.created" : "meeting.saved"));
            leave(saved.get());
        }
    }

    private void leave(Long id) {
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(MeetingsView.class);
            } else {
                ui.navigate(MeetingView.class, MeetingView.parameters(id));
            }
        });
    }

    @Override
    public String getPageTitle() {
        if (unavailable) {
            return getTranslation("meeting.not-found.title");
        }
        return editing == null ? getTranslation("meeting.editor.new") : getTranslation("meeting.editor.edit", editing.title());
    }
}
