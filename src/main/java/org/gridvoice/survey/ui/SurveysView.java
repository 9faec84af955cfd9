package org.gridvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.Role;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.shared.ui.PhoneColumns;
import org.gridvoice.survey.SurveyService;
import org.gridvoice.survey.SurveySummary;
import org.springframework.data.domain.Sort;

/** The surveys someone may see, newest first and paged in the database; committee members also find their drafts and link surveys here. */
@Route("surveys")
@AnonymousAllowed
@Menu(title = "surveyview.nav", order = 5.7, icon = "vaadin:clipboard-check")
public class SurveysView extends Main implements HasDynamicTitle {

    final Grid<SurveySummary> grid = new Grid<>();

    public SurveysView(SurveyService surveys, CurrentUser currentUser) {
        addClassName("gv-page");
        setId("surveys");
        add(new H2(getPageTitle()), new Paragraph(getTranslation("surveyview.list.intro")));
        if (currentUser.get().map(u -> u.has(Role.COMMITTEE)).orElse(false)) {
            Button create = new Button(getTranslation("surveyview.list.new"), new Icon(VaadinIcon.PLUS),
                    e -> getUI().ifPresent(ui -> ui.navigate(SurveyEditorView.class)));
            create.setId("survey-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("survey-list");
        grid.addComponentColumn(s -> {
            RouterLink link = new RouterLink(s.title(), SurveyView.class, SurveyView.parameters(s.id()));
            if (!s.answeredByMe()) {
                return link;
            }
            Span answered = new Span(getTranslation("surveyview.list.answered"));
            answered.getElement().getThemeList().add("badge success small");
            answered.addClassName("gv-survey-answered");
            Span cell = new Span(link, new Span(" "), answered);
            return cell;
        }).setKey("title").setHeader(getTranslation("surveyview.column.title")).setWidth("14em").setFlexGrow(3);
        grid.addComponentColumn(s -> SurveyTexts.statusBadge(this, s.status())).setKey("status")
                .setHeader(getTranslation("surveyview.column.status")).setAutoWidth(true);
        grid.addColumn(s -> SurveyTexts.audience(this, s.audience())).setKey("audience")
                .setHeader(getTranslation("surveyview.column.audience")).setAutoWidth(true);
        grid.addColumn(SurveySummary::communityName).setKey("community")
                .setHeader(getTranslation("surveyview.column.community")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(s -> getTranslation("surveyview.list.dates", Dates.format(s.opensAt(), getLocale()),
                Dates.format(s.closesAt(), getLocale()))).setKey("dates").setHeader(getTranslation("surveyview.column.dates"))
                .setWidth("12em").setFlexGrow(0);
        grid.addColumn(SurveySummary::responses).setKey("responses").setHeader(getTranslation("surveyview.column.responses"))
                .setAutoWidth(true);
        PhoneColumns.hideOnPhones(grid, grid.getColumnByKey("audience"), grid.getColumnByKey("community"),
                grid.getColumnByKey("dates"), grid.getColumnByKey("responses"));
        grid.setEmptyStateText(getTranslation("surveyview.list.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setHeight("32em");
        grid.setItems(q -> surveys.list(Paging.of(q, Sort.by(Sort.Direction.DESC, "id"))).stream());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("surveyview.list.title");
    }
}
