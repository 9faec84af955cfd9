package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.meeting.CommunityRoll;
import org.gridvoice.meeting.RollCounts;
import org.gridvoice.meeting.RollForm;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * The committee states its community's roll (adults, households, residents' groups from its register)
 * and rules (quorum, initiative threshold, deadline); the figures now, and where they come from, shown above.
 */
@Route("meetings/roll")
@RolesAllowed("COMMITTEE")
public class RollView extends Main implements HasDynamicTitle {

    private final CommunityRoll roll;
    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final Div figures = new Div();
    final IntegerField adults = field("meeting.roll.field.adults");
    final IntegerField households = field("meeting.roll.field.households");
    final IntegerField groups = field("meeting.roll.field.groups");
    final IntegerField quorum = field("meeting.roll.field.quorum");
    final IntegerField initiative = field("meeting.roll.field.initiative");
    final IntegerField initiativeGroups = field("meeting.roll.field.initiative-groups");
    final IntegerField deadline = field("meeting.roll.field.deadline");

    public RollView(CommunityRoll roll, PlaceService places, RoleService roles, CurrentUser currentUser) {
        this.roll = roll;
        addClassName("gv-page");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("meeting.roll.intro")));
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        List<CommunitySummary> communities = places.activeCommunities().stream().filter(c -> mine.contains(c.id())).toList();
        community.setLabel(getTranslation("meeting.field.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.addValueChangeListener(e -> load());
        figures.setId("meeting-roll-figures");
        adults.setHelperText(getTranslation("meeting.roll.field.blank-help"));
        households.setHelperText(getTranslation("meeting.roll.field.blank-help"));
        FormLayout form = new FormLayout(adults, households, groups, quorum, initiative, initiativeGroups, deadline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        FormErrors errors = new FormErrors(this).bind("adultResidents", adults).bind("households", households)
                .bind("residentsGroups", groups).bind("meetingQuorumPercent", quorum).bind("initiativePercent", initiative)
                .bind("initiativeGroupsPercent", initiativeGroups).bind("initiativeDeadlineDays", deadline);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (community.getValue() != null && errors.attempt(() -> roll.state(community.getValue().id(), new RollForm(adults.getValue(),
                    households.getValue(), groups.getValue(), quorum.getValue(), initiative.getValue(), initiativeGroups.getValue(),
                    deadline.getValue())))) {
                Toasts.success(getTranslation("meeting.roll.saved"));
                load();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-roll-save");
        if (communities.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.roll.no-community")));
            return;
        }
        add(community, new H3(getTranslation("meeting.roll.now")), figures, new H3(getTranslation("meeting.roll.state")), form, save);
        community.setValue(communities.getFirst());
    }

    private IntegerField field(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(0);
        return f;
    }

    private void load() {
        figures.removeAll();
        if (community.getValue() == null) {
            return;
        }
        RollCounts counts = roll.counts(community.getValue().id());
        figures.add(new Paragraph(getTranslation(counts.stated() ? "meeting.roll.source.stated" : "meeting.roll.source.verified")),
                new Paragraph(getTranslation("meeting.roll.counts", counts.adultResidents(), counts.households(), counts.residentsGroups())),
                new Paragraph(getTranslation("meeting.roll.rules", counts.meetingQuorumPercent(), counts.initiativePercent(),
                        counts.initiativeGroupsPercent(), counts.initiativeDeadlineDays())));
        RollForm form = RollForm.of(counts);
        adults.setValue(form.adultResidents());
        households.setValue(form.households());
        groups.setValue(form.residentsGroups());
        quorum.setValue(form.meetingQuorumPercent());
        initiative.setValue(form.initiativePercent());
        initiativeGroups.setValue(form.initiativeGroupsPercent());
        deadline.setValue(form.initiativeDeadlineDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.roll.title");
    }
}
