package org.gridvoice.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gridvoice.insight.Hotspot;
import org.gridvoice.insight.HotspotAgenda;
import org.gridvoice.insight.HotspotRule;
import org.gridvoice.insight.InsightScope;
import org.gridvoice.insight.InsightService;
import org.gridvoice.meeting.MeetingSummary;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * The hotspots of the area, strongest first, each with the numbers behind it (this week's count, the
 * baseline and its weeks, the p-values, last year's baseline) in one table, and the rule itself. The
 * committee of a hotspot's community gets its actions: a consultation draft or a meeting agenda item
 * (the service checks again, and recomputes the hotspot; nothing from this screen is trusted).
 */
class HotspotSection extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InsightService insight;
    private final HotspotAgenda agenda;
    private final Consumer<Long> openFigures;
    private final FormErrors errors = new FormErrors(this);

    HotspotSection(InsightService insight, HotspotAgenda agenda, Consumer<Long> openFigures) {
        this.insight = insight;
        this.agenda = agenda;
        this.openFigures = openFigures;
        setId("insight-hotspots");
    }

    void show(InsightScope scope, Locale locale) {
        removeAll();
        Paragraph rule = new Paragraph(getTranslation(HotspotRule.MESSAGE_KEY, HotspotRule.messageArgs()));
        rule.setId("insight-hotspot-rule");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("street", scope.streetId());
        params.put("community", scope.communityId());
        add(rule, new Downloads("insight-hotspots", "hotspots", params, getTranslation("hotspot.csv"), getTranslation("hotspot.json")));
        List<Hotspot> hotspots = insight.hotspots(scope);
        if (hotspots.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("hotspot.none"));
            empty.setId("insight-hotspots-empty");
            add(empty);
            return;
        }
        boolean zh = "zh".equals(locale.getLanguage());
        List<List<String>> rows = new ArrayList<>();
        for (Hotspot h : hotspots) {
            rows.add(List.of(h.grid().name() + " · " + h.grid().communityName(), zh ? h.category().nameZh() : h.category().nameEn(),
                    week(h), String.valueOf(h.count()), fmt(h.baseline(), locale), String.valueOf(h.baselineWeeks()), p(h.pBaseline()),
                    h.lastYearBaseline() == null ? "–" : fmt(h.lastYearBaseline(), locale), p(h.pLastYear())));
        }
        add(new DataTable("insight-hotspot-table", getTranslation("hotspot.caption"), List.of(getTranslation("hotspot.column.grid"),
                getTranslation("hotspot.column.category"), getTranslation("hotspot.column.week"), getTranslation("hotspot.column.count"),
                getTranslation("hotspot.column.baseline"), getTranslation("hotspot.column.baseline-weeks"),
                getTranslation("hotspot.column.p"), getTranslation("hotspot.column.last-year"),
                getTranslation("hotspot.column.p-last-year")), rows));
        Set<Long> mine = agenda.committeeCommunities();
        for (Hotspot h : hotspots) {
            add(actions(h, zh, mine.contains(h.grid().communityId())));
        }
    }

    private Div actions(Hotspot h, boolean zh, boolean committee) {
        String what = getTranslation("hotspot.what", zh ? h.category().nameZh() : h.category().nameEn(), h.grid().name(), week(h));
        String key = h.grid().id() + "-" + h.category().id();
        Div row = new Div();
        row.setId("hotspot-" + key);
        row.addClassName("gv-hotspot");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("margin", "var(--lumo-space-s) 0");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", what);
        Paragraph label = new Paragraph(getTranslation("hotspot.summary", what, String.valueOf(h.count()), fmt(h.baseline(), getLocale())));
        label.getStyle().set("margin", "0").set("flex", "1 1 100%");
        Button figures = new Button(getTranslation("hotspot.open-figures"), e -> openFigures.accept(h.grid().id()));
        figures.setId("hotspot-figures-" + key);
        figures.getElement().setAttribute("aria-label", getTranslation("hotspot.open-figures.for", what));
        row.add(label, figures);
        if (committee) {
            Button consultation = new Button(getTranslation("hotspot.to-consultation"), e -> toConsultation(h));
            consultation.setId("hotspot-consultation-" + key);
            consultation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            consultation.getElement().setAttribute("aria-label", getTranslation("hotspot.to-consultation.for", what));
            Button meeting = new Button(getTranslation("hotspot.to-meeting"), e -> chooseMeeting(h, what));
            meeting.setId("hotspot-meeting-" + key);
            meeting.getElement().setAttribute("aria-label", getTranslation("hotspot.to-meeting.for", what));
            row.add(consultation, meeting);
        }
        return row;
    }

    private void toConsultation(Hotspot h) {
        Long[] id = new Long[1];
        if (errors.attempt(() -> id[0] = agenda.toConsultation(h.grid().id(), h.category().id(), h.from(), getLocale()))) {
            Toasts.success(getTranslation("hotspot.consultation-created"));
            getUI().ifPresent(ui -> ui.navigate("consultations/editor/" + id[0]));
        }
    }

    private void chooseMeeting(Hotspot h, String what) {
        List<MeetingSummary> meetings = agenda.upcomingMeetings(h.grid().id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hotspot.meeting.title"));
        dialog.add(new Paragraph(what));
        if (meetings.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("hotspot.meeting.none")));
            dialog.getFooter().add(new Button(getTranslation("hotspot.meeting.close"), e -> dialog.close()));
            dialog.open();
            return;
        }
        Select<MeetingSummary> meeting = new Select<>();
        meeting.setId("hotspot-meeting-choice");
        meeting.setLabel(getTranslation("hotspot.meeting.choose"));
        meeting.setItems(meetings);
        meeting.setItemLabelGenerator(m -> getTranslation("hotspot.meeting.item", m.title(), WHEN.format(m.startsAt()),
                getTranslation("hotspot.meeting.status." + m.status().name())));
        meeting.setValue(meetings.getFirst());
        dialog.add(meeting);
        Button add = new Button(getTranslation("hotspot.meeting.add"), e -> {
            if (meeting.getValue() != null && errors.attempt(() -> agenda.toMeeting(h.grid().id(), h.category().id(), h.from(),
                    meeting.getValue().id(), getLocale()))) {
                dialog.close();
                Toasts.success(getTranslation("hotspot.meeting.added"));
                Long id = meeting.getValue().id();
                getUI().ifPresent(ui -> ui.navigate("meetings/editor/" + id));
            }
        });
        add.setId("hotspot-meeting-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("hotspot.meeting.cancel"), e -> dialog.close()), add);
        dialog.open();
    }

    private String week(Hotspot h) {
        return h.from() + " – " + h.to().minusDays(1);
    }

    private static String fmt(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    private static String p(Double value) {
        return value == null ? "–" : value < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", value);
    }
}
