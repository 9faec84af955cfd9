package org.gridvoice.moderation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.gridvoice.moderation.ModerationLogEntry;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** The public record of every moderation decision in a community, newest first, with its public reason. */
@Route("moderation-log")
@AnonymousAllowed
@Menu(title = "nav.moderation-log", order = 6, icon = "vaadin:clipboard-text")
public class ModerationLogView extends Main implements HasDynamicTitle {

    final ComboBox<CommunitySummary> community = new ComboBox<>();
    final Grid<ModerationLogEntry> grid = new Grid<>();

    public ModerationLogView(ModerationService moderation, PlaceService places) {
        addClassName("gv-page");
        setSizeFull();
        List<CommunitySummary> communities = places.activeCommunities();
        community.setLabel(getTranslation("moderation.log.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setMinWidth("16em");
        if (!communities.isEmpty()) {
            community.setValue(communities.getFirst());
        }
        community.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(e -> Dates.format(e.at(), getLocale())).setKey("when").setHeader(getTranslation("moderation.log.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> ModerationTexts.what(this, e.target(), e.route())).setKey("what")
                .setHeader(getTranslation("moderation.log.what")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(ModerationTexts.actionKey(e.action()))).setKey("action")
                .setHeader(getTranslation("moderation.log.action")).setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setKey("reason").setHeader(getTranslation("moderation.log.reason"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("moderation.log.automatic") : e.actorName()).setKey("by")
                .setHeader(getTranslation("moderation.log.by")).setAutoWidth(true);
        grid.setItems(q -> {
            var page = Paging.of(q, Sort.unsorted());
            return community.getValue() == null ? Stream.<ModerationLogEntry>empty()
                    : moderation.log(community.getValue().id(), page).stream();
        });
        grid.setEmptyStateText(getTranslation("moderation.log.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H2(getTranslation("moderation.log.title")), new Paragraph(getTranslation("moderation.log.intro")), community, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.log.title");
    }
}
