package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Role;
import org.gridvoice.consultation.ConsultationFilter;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.Phase;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.ui.Paging;
import org.springframework.data.domain.Sort;

/** The public list of consultations with its filters; committee members also find their drafts here. */
@Route("consultations")
@AnonymousAllowed
@Menu(title = "nav.consultations", order = 5, icon = "vaadin:comments-o")
public class ConsultationsView extends Main implements HasDynamicTitle {

    private final ComboBox<CommunitySummary> community = new ComboBox<>();
    private final Select<Phase> phase = new Select<>();
    private final ComboBox<CategorySummary> category = new ComboBox<>();
    private final TextField search = new TextField();
    private final ConsultationGrid published = new ConsultationGrid("consultation.list.empty");

    public ConsultationsView(ConsultationService consultations, PlaceService places, CategoryService categories,
                             CurrentUser currentUser) {
        addClassName("gv-page");
        add(new H2(getTranslation("consultation.list.title")), new Paragraph(getTranslation("consultation.list.intro")));
        published.setItems(q -> consultations.list(filter(), Paging.of(q, Sort.by(Sort.Direction.DESC, "publishedAt"))).stream());
        Div publicList = new Div(filters(places, categories), published);

        boolean committee = currentUser.get().map(u -> u.has(Role.COMMITTEE)).orElse(false);
        if (!committee) {
            add(publicList);
            return;
        }
        Button create = new Button(getTranslation("consultation.new"), new Icon(VaadinIcon.PLUS),
                e -> getUI().ifPresent(ui -> ui.navigate(ConsultationEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ConsultationGrid drafts = new ConsultationGrid("consultation.drafts.empty");
        drafts.setItems(q -> consultations.myDrafts(Paging.of(q, Sort.by(Sort.Direction.DESC, "createdAt"))).stream());
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("consultation.list.published"), publicList);
        tabs.add(getTranslation("consultation.list.drafts"), new Div(new Paragraph(getTranslation("consultation.drafts.intro")), drafts));
        tabs.setWidthFull();
        add(create, tabs);
    }

    private Div filters(PlaceService places, CategoryService categories) {
        community.setLabel(getTranslation("consultation.filter.community"));
        community.setPlaceholder(getTranslation("consultation.filter.community.any"));
        community.setItems(places.activeCommunities());
        community.setItemLabelGenerator(CommunitySummary::name);
        community.setClearButtonVisible(true);

        phase.setLabel(getTranslation("consultation.filter.phase"));
        phase.setItems(Phases.PUBLIC);
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("consultation.filter.phase.any"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("consultation.filter.phase.any") : getTranslation(Phases.key(p)));

        category.setLabel(getTranslation("consultation.filter.category"));
        category.setPlaceholder(getTranslation("consultation.filter.category.any"));
        category.setItems(categories.activeCategories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);

        search.setLabel(getTranslation("consultation.filter.search"));
        search.setPlaceholder(getTranslation("consultation.filter.search.placeholder"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMinWidth("16em");

        community.addValueChangeListener(e -> published.getDataProvider().refreshAll());
        phase.addValueChangeListener(e -> published.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> published.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> published.getDataProvider().refreshAll());

        Div bar = new Div(community, phase, category, search);
        bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.END,
                LumoUtility.Margin.Bottom.MEDIUM);
        return bar;
    }

    private ConsultationFilter filter() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new ConsultationFilter(community.getValue() == null ? null : community.getValue().id(), phase.getValue(),
                category.getValue() == null ? null : category.getValue().id(), text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.list.title");
    }
}
