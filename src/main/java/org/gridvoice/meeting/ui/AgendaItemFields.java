package org.gridvoice.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.gridvoice.meeting.AgendaItemForm;
import org.gridvoice.meeting.AgendaLinkKind;

/** One agenda item in the editor: title, note, an optional link (kind and number) with the linked item's title shown. */
class AgendaItemFields extends Div {

    final TextField title = new TextField();
    final TextArea note = new TextArea();
    final Select<String> linkKind = new Select<>();
    final BigDecimalField linkId = new BigDecimalField();
    final Span linked = new Span();
    final Button up = new Button(new Icon(VaadinIcon.ARROW_UP));
    final Button down = new Button(new Icon(VaadinIcon.ARROW_DOWN));
    final Button remove = new Button(new Icon(VaadinIcon.TRASH));
    private final BiFunction<String, Long, Optional<AgendaLinkKind.Target>> lookup;

    AgendaItemFields(List<String> kinds, BiFunction<String, Long, Optional<AgendaLinkKind.Target>> lookup) {
        this.lookup = lookup;
        addClassNames("gv-card", "gv-agenda-item", LumoUtility.Margin.Bottom.SMALL);
        title.setLabel(getTranslation("meeting.item.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setWidthFull();
        note.setLabel(getTranslation("meeting.item.note"));
        note.setHelperText(getTranslation("meeting.item.note.help"));
        note.setWidthFull();
        linkKind.setLabel(getTranslation("meeting.item.link-kind"));
        linkKind.setItems(kinds);
        linkKind.setEmptySelectionAllowed(true);
        linkKind.setEmptySelectionCaption(getTranslation("meeting.item.link-none"));
        linkKind.setItemLabelGenerator(k -> k == null ? getTranslation("meeting.item.link-none") : getTranslation("meeting.link.kind." + k));
        linkId.setLabel(getTranslation("meeting.item.link-id"));
        linkId.setHelperText(getTranslation("meeting.item.link-id.help"));
        linkKind.addValueChangeListener(e -> showLinked());
        linkId.addValueChangeListener(e -> showLinked());
        up.setAriaLabel(getTranslation("meeting.item.up"));
        down.setAriaLabel(getTranslation("meeting.item.down"));
        remove.setAriaLabel(getTranslation("meeting.item.remove"));
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        Div link = new Div(linkKind, linkId);
        link.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        Div moves = new Div(up, down, remove);
        moves.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL);
        linked.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(title, note, link, linked, moves);
    }

    void fill(AgendaItemForm item) {
        title.setValue(item.title() == null ? "" : item.title());
        note.setValue(item.note() == null ? "" : item.note());
        linkKind.setValue(item.linkKind());
        linkId.setValue(item.linkId() == null ? null : BigDecimal.valueOf(item.linkId()));
    }

    AgendaItemForm form() {
        Long id = linkId.getValue() == null ? null : linkId.getValue().longValue();
        return new AgendaItemForm(title.getValue(), note.getValue(), linkKind.getValue(), id);
    }

    private void showLinked() {
        AgendaItemForm f = form();
        if (f.linkKind() == null || f.linkId() == null) {
            linked.setText("");
            return;
        }
        linked.setText(lookup.apply(f.linkKind(), f.linkId()).map(t -> getTranslation("meeting.item.linked", t.title()))
                .orElse(getTranslation("meeting.item.link-unknown")));
    }
}
