package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridvoice.consultation.ConsultationChange;
import org.gridvoice.consultation.Phase;
import org.gridvoice.shared.ui.Dates;

/** The public change record: when, who, what changed and why, oldest first. */
class ChangeRecordList extends Div {

    /** How the service writes a moved date: "votingCloseAt: 2025-05-01T18:00 → 2025-05-08T18:00". */
    private static final Pattern MOVED = Pattern.compile("(\\w+): (\\S+) → (\\S+)");

    ChangeRecordList(List<ConsultationChange> changes) {
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("consultation.changes.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE);
        for (ConsultationChange change : changes) {
            String who = change.byName() == null ? getTranslation("consultation.change.system") : change.byName();
            Span meta = new Span(getTranslation("consultation.change.meta", Dates.format(change.at(), getLocale()), who));
            meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Span what = new Span(getTranslation("consultation.change." + change.kind(), detail(change)));
            ListItem item = new ListItem(meta, what);
            if (change.reason() != null && !change.reason().isBlank()) {
                item.add(new Span(getTranslation("consultation.change.reason", change.reason())));
            }
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Vertical.SMALL,
                    LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
            list.add(item);
        }
        add(list);
    }

    private String detail(ConsultationChange change) {
        String detail = change.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return switch (change.kind()) {
            case "PHASE_CHANGED", "PHASE_CLOSED_EARLY" -> phase(detail);
            case "EDITED" -> Arrays.stream(detail.split(",\\s*")).map(this::field)
                    .collect(Collectors.joining(getTranslation("list.separator")));
            case "DATES_MOVED" -> Arrays.stream(detail.split(";\\s*")).map(this::moved).collect(Collectors.joining("; "));
            default -> detail;
        };
    }

    private String phase(String name) {
        try {
            return getTranslation(Phases.key(Phase.valueOf(name)));
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    private String field(String name) {
        String key = "consultation.field." + name;
        String text = getTranslation(key);
        return text.equals("!" + key) ? name : text;
    }

    private String moved(String part) {
        Matcher m = MOVED.matcher(part.strip());
        if (!m.matches()) {
            return part;
        }
        try {
            return getTranslation("consultation.change.moved", field(m.group(1)),
                    Dates.format(LocalDateTime.parse(m.group(2)), getLocale()), Dates.format(LocalDateTime.parse(m.group(3)), getLocale()));
        } catch (DateTimeParseException unreadable) {
            return part;
        }
    }
}
