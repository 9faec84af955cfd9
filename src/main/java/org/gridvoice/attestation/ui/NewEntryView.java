package org.gridvoice.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.ResidentCard;
import org.gridvoice.account.ResidentDirectory;
import org.gridvoice.attestation.StaffEntryService;
import org.gridvoice.attestation.fields.StaffEntryFields;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * Staff enter input for a resident: find them among the verified residents of the communities the
 * staff member serves (each search is logged as an access to their data), choose what to enter and
 * write it down in the resident's words. It then waits for the resident's confirmation.
 */
@Route("staff/entries/new")
@RolesAllowed({"COMMITTEE", "OFFICER", "OFFICE_LEAD"})
public class NewEntryView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final StaffEntryService entries;
    private final ResidentDirectory directory;
    private final Map<String, StaffEntryFields> kinds;
    final ComboBox<ResidentCard> resident = new ComboBox<>();
    final Select<String> kind = new Select<>();
    private final Div fieldsArea = new Div();
    private StaffEntryFields.Fields fields;
    private FormErrors errors;
    final Button submit;

    public NewEntryView(StaffEntryService entries, ResidentDirectory directory, List<StaffEntryFields> kindFields) {
        this.entries = entries;
        this.directory = directory;
        this.kinds = kindFields.stream().collect(Collectors.toMap(StaffEntryFields::kind, Function.identity()));
        addClassNames("gv-page", "gv-touch");

        resident.setLabel(getTranslation("attest.new.resident"));
        resident.setHelperText(getTranslation("attest.new.resident.help"));
        // at most 20 found, in the database: the page asked for is cut from them
        resident.setItems(query -> directory.search(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        resident.setItemLabelGenerator(this::label);
        resident.setRequiredIndicatorVisible(true);
        resident.setWidthFull();
        resident.addValueChangeListener(e -> showFields());

        kind.setLabel(getTranslation("attest.new.kind"));
        // the everyday kind first: most entries for older residents are requests
        kind.setItems(entries.kinds().stream().filter(kinds::containsKey)
                .sorted(java.util.Comparator.comparing((String k) -> !"request".equals(k)).thenComparing(k -> k)).toList());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("attest.kind." + k));
        kind.addValueChangeListener(e -> showFields());
        if (!kinds.isEmpty()) {
            kind.setValue(kind.getListDataView().getItems().findFirst().orElse(null));
        }

        submit = new Button(getTranslation("attest.new.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        Div actions = new Div(submit);
        actions.addClassName("gv-actions");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("attest.new.intro")), resident, kind, fieldsArea, actions);
        showFields();
    }

    private String label(ResidentCard c) {
        return c == null ? "" : getTranslation("attest.resident.label", c.name(), c.grid(), c.building(), c.unit(), c.room());
    }

    private void showFields() {
        fieldsArea.removeAll();
        StaffEntryFields chosen = kind.getValue() == null ? null : kinds.get(kind.getValue());
        fields = chosen == null ? null : chosen.open(resident.getValue() == null ? null : resident.getValue().gridId());
        errors = new FormErrors(this).bind("resident", resident).bind("kind", kind);
        if (fields != null) {
            fields.bind(errors);
            fieldsArea.add(fields.component());
        }
    }

    private void submit() {
        AtomicLong id = new AtomicLong();
        boolean ok = errors.attempt(() -> id.set(entries.enter(resident.getValue() == null ? null : resident.getValue().userId(),
                kind.getValue(), fields == null ? null : fields.payload())));
        submit.setEnabled(true);
        if (ok) {
            Toasts.success(getTranslation("attest.new.done"));
            getUI().ifPresent(ui -> ui.navigate("staff/entries/" + id.get()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("resident").map(NewEntryView::id)
                .ifPresent(id -> resident.setValue(directory.card(id)));
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attest.new.title");
    }
}
