package org.gridvoice.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import org.gridvoice.photo.ui.PhotoPicker;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.shared.ui.FormErrors;

/**
 * One step on a case: a note or reason, and where the step needs them, another office, an
 * expected date or photos (one picker, or "before" and "after" pickers for a resolution). The
 * service checks everything again; the dialog closes only once it accepted.
 */
class StepDialog extends Dialog {

    /** What the step sends to the service; photo ids are empty where the step has no picker. */
    record Input(String note, Long officeId, LocalDateTime expectedAt, List<Long> photos, List<Long> before, List<Long> after, Long spentYuan) {
    }

    /** Which photo pickers the step offers. */
    enum Photos {
        NONE, ONE, BEFORE_AFTER
    }

    interface Action {
        void run(Input input);
    }

    final TextArea note = new TextArea();
    final Select<OfficeSummary> office = new Select<>();
    final DateTimePicker expected = new DateTimePicker();
    /** What a funded project cost: asked only when resolving one ({@link #askSpend}). */
    final com.vaadin.flow.component.textfield.IntegerField spent = new com.vaadin.flow.component.textfield.IntegerField();
    private FormErrors errors;
    PhotoPicker photos;
    PhotoPicker before;
    PhotoPicker after;

    /** {@code afterwards} gets what was sent, once the service accepted it. */
    StepDialog(String key, List<OfficeSummary> offices, boolean withExpected, boolean noteRequired, Action action,
               Consumer<Input> afterwards) {
        this(key, null, offices, withExpected, noteRequired, Photos.NONE, null, action, afterwards);
    }

    /**
     * As above, with the photo pickers {@code pickers} makes (the signed-in staff member's uploads);
     * {@code textKey} replaces the step's own explanation when not null.
     */
    StepDialog(String key, String textKey, List<OfficeSummary> offices, boolean withExpected, boolean noteRequired, Photos withPhotos,
               Supplier<PhotoPicker> pickers, Action action, Consumer<Input> afterwards) {
        setHeaderTitle(getTranslation("casework.step." + key + ".title"));
        setWidth("min(560px, 95vw)");
        add(new Paragraph(getTranslation(textKey == null ? "casework.step." + key + ".text" : textKey)));
        errors = new FormErrors(this);
        if (offices != null) {
            office.setLabel(getTranslation("casework.step.office"));
            office.setItems(offices);
            office.setItemLabelGenerator(OfficeSummary::name);
            office.setWidthFull();
            office.setRequiredIndicatorVisible(true);
            add(office);
            errors.bind("officeId", office);
        }
        note.setLabel(getTranslation("casework.step." + key + ".note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(noteRequired);
        add(note);
        errors.bind("note", note).bind("reason", note);
        if (withExpected) {
            expected.setLabel(getTranslation("casework.step.expected"));
            expected.setHelperText(getTranslation("casework.step.expected.help"));
            expected.setLocale(getLocale());
            add(expected);
            errors.bind("expectedAt", expected);
        }
        if (withPhotos == Photos.ONE) {
            photos = pickers.get();
            photos.setId("step-photos");
            add(photos);
        } else if (withPhotos == Photos.BEFORE_AFTER) {
            before = pickers.get();
            after = pickers.get();
            add(group("before", before), group("after", after));
        }
        Button confirm = new Button(getTranslation("casework.step." + key + ".confirm"), e -> {
            Input input = new Input(note.getValue(), office.getValue() == null ? null : office.getValue().id(), expected.getValue(),
                    ids(photos), ids(before), ids(after), spent.getValue() == null ? null : spent.getValue().longValue());
            if (errors.attempt(() -> action.run(input))) {
                close();
                afterwards.accept(input);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** Asks what the funded project cost, next to the note, with its budget as the hint. */
    StepDialog askSpend(String budget) {
        spent.setId("step-spent");
        spent.setLabel(getTranslation("casework.step.resolve.spent"));
        spent.setHelperText(getTranslation("casework.step.resolve.spent.help", budget));
        spent.setMin(0);
        spent.setRequiredIndicatorVisible(true);
        spent.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("casework.budget.unit")));
        addComponentAtIndex(2, spent);
        errors.bind("spentYuan", spent);
        return this;
    }

    // a heading names the picker's side; the group carries it for screen readers
    private Div group(String side, PhotoPicker picker) {
        H4 heading = new H4(getTranslation("casework.step.photos." + side));
        heading.setId("step-photos-" + side + "-heading");
        Div group = new Div(heading, picker);
        group.setId("step-photos-" + side);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return group;
    }

    private static List<Long> ids(PhotoPicker picker) {
        return picker == null ? List.of() : picker.photoIds();
    }
}
