package org.gridvoice.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import org.gridvoice.insight.RequestRoutes;
import org.gridvoice.shared.ui.RouteIds;

/**
 * One request behind the figures, as the hotspot links and a grid's list open it: what was asked,
 * where, when, how it stands and how many said "me too" — never who. Imported history has no case; a
 * request that has one links its case page, where the whole story is.
 */
@Route("insight/requests/:id")
@AnonymousAllowed
public class InsightRequestView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RequestRoutes requests;
    private String title = "";

    public InsightRequestView(RequestRoutes requests) {
        this.requests = requests;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long id = RouteIds.id(event);
        var page = id == null ? java.util.Optional.<RequestRoutes.RequestPage>empty() : requests.page(id);
        if (page.isEmpty()) {
            title = getTranslation("insightview.request.not-found");
            add(new H2(title));
            return;
        }
        RequestRoutes.RequestPage r = page.get();
        title = getTranslation("insightview.request.title", String.valueOf(r.id()));
        DescriptionList facts = new DescriptionList();
        facts.setId("insight-request-facts");
        fact(facts, "insightview.request.category", "zh".equals(getLocale().getLanguage()) ? r.categoryZh() : r.categoryEn());
        fact(facts, "insightview.request.grid", r.gridName() + " · " + r.communityName());
        fact(facts, "insightview.request.filed", WHEN.format(r.filedAt()));
        fact(facts, "insightview.request.status", getTranslation("casework.status." + r.status()));
        fact(facts, "insightview.request.supporters", String.valueOf(r.supporters()));
        Paragraph words = new Paragraph(r.description());
        words.setId("insight-request-description");
        add(new H2(title), words, facts);
        add(r.caseRoute() == null ? new Paragraph(getTranslation("insightview.request.no-case"))
                : new Anchor(r.caseRoute(), getTranslation("insightview.request.case")));
        Anchor back = new Anchor("insight", getTranslation("insightview.request.back"));
        add(new Paragraph(back));
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
