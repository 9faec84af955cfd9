package org.gridvoice.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridvoice.insight.GridFigures;
import org.gridvoice.insight.InsightQuery;
import org.gridvoice.insight.InsightService;
import org.gridvoice.insight.Metric;
import org.gridvoice.insight.RequestRoutes;

/**
 * One grid's figures over the chosen period and category: every metric, the median time to resolve,
 * the satisfied share, and its requests (the first {@value #LISTED}, with how many there are in all).
 * A live region, so a screen reader hears the figures arrive after a click on the map.
 */
class FiguresPanel extends Div {

    static final int LISTED = 20;

    private final InsightService insight;
    private final RequestRoutes routes;
    private InsightQuery query;
    private Long gridId;

    FiguresPanel(InsightService insight, RequestRoutes routes) {
        this.insight = insight;
        this.routes = routes;
        setId("insight-figures");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", getTranslation("insightview.figures.label"));
        add(new Paragraph(getTranslation("insightview.figures.none")));
    }

    void setQuery(InsightQuery query) {
        this.query = query;
        if (gridId != null) {
            show(gridId, getLocale());
        }
    }

    void show(Long gridId, Locale locale) {
        this.gridId = gridId;
        if (query == null) {
            return;
        }
        removeAll();
        GridFigures f = insight.gridFigures(gridId, query.categoryId(), query.from(), query.to());
        boolean zh = "zh".equals(locale.getLanguage());
        String category = f.category() == null ? getTranslation("insightview.filter.all-categories")
                : zh ? f.category().nameZh() : f.category().nameEn();
        H4 heading = new H4(getTranslation("insightview.figures.title", f.grid().name(), f.grid().communityName()));
        heading.setId("insight-figures-heading");
        add(heading, new Paragraph(getTranslation("insightview.figures.scope", category, f.from().toString(), f.to().minusDays(1).toString())));
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            rows.add(List.of(getTranslation("insightview.metric." + m.name()), String.valueOf(f.counts().getOrDefault(m, 0L))));
        }
        rows.add(List.of(getTranslation("insightview.figures.median"), f.medianHoursToResolve() == null ? "–"
                : getTranslation("insightview.figures.hours", String.format(locale, "%.1f", f.medianHoursToResolve()))));
        rows.add(List.of(getTranslation("insightview.figures.satisfied"), f.satisfiedShare() == null ? "–"
                : String.format(locale, "%.0f%%", 100 * f.satisfiedShare())));
        add(new DataTable("insight-figures-table", getTranslation("insightview.figures.caption", f.grid().name()),
                List.of(getTranslation("insightview.column.metric"), getTranslation("insightview.column.value")), rows));
        long total = f.counts().getOrDefault(Metric.REQUESTS, 0L);
        if (total == 0) {
            add(new Paragraph(getTranslation("insightview.figures.no-requests")));
            return;
        }
        List<RequestRoutes.RequestLink> links = routes.of(insight.requestIds(gridId, query.categoryId(), query.from(), query.to(), LISTED));
        Paragraph count = new Paragraph(getTranslation("insightview.figures.requests", String.valueOf(links.size()), String.valueOf(total)));
        count.setId("insight-figures-count");
        UnorderedList list = new UnorderedList();
        list.setId("insight-figures-requests");
        for (RequestRoutes.RequestLink link : links) {
            String text = getTranslation("insightview.figures.request", String.valueOf(link.requestId()), link.excerpt());
            list.add(new ListItem(link.route() == null ? new Paragraph(text) : new Anchor(link.route(), text)));
        }
        add(count, list);
    }
}
