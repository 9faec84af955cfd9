package org.gridvoice.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.gridvoice.shared.ui.Dates;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Paging;
import org.gridvoice.survey.FreeTextAnswer;
import org.gridvoice.survey.QuestionResult;
import org.gridvoice.survey.SurveyService;
import org.gridvoice.survey.TextModeration;
import org.springframework.data.domain.Sort;

/**
 * A text question's answers, paged in the database, never with who wrote them: everyone reads those the
 * committee has shown; the committee reads them by moderation state (waiting ones first) and shows or hides each.
 */
final class FreeTextList extends Div {

    private final Grid<FreeTextAnswer> grid = new Grid<>();
    private final Select<TextModeration> filter = new Select<>();

    FreeTextList(QuestionResult q, SurveyService surveys, boolean committee) {
        addClassName("gv-survey-texts");
        String prefix = "survey-result-" + q.number();
        grid.setId(prefix + (committee ? "-moderation" : "-shown"));
        grid.addColumn(FreeTextAnswer::text).setKey("text").setHeader(getTranslation("surveyview.results.text")).setFlexGrow(3);
        if (committee) {
            grid.addComponentColumn(a -> {
                Span state = new Span(getTranslation("surveyview.moderation." + a.moderation().name()));
                state.getElement().getThemeList().add(a.moderation() == TextModeration.SHOWN ? "badge success"
                        : a.moderation() == TextModeration.HIDDEN ? "badge contrast" : "badge");
                return state;
            }).setKey("state").setHeader(getTranslation("surveyview.moderation.state")).setAutoWidth(true);
            grid.addComponentColumn(a -> {
                Button show = new Button(getTranslation("surveyview.moderation.show"),
                        e -> moderate(surveys, a, TextModeration.SHOWN));
                show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                show.setEnabled(a.moderation() != TextModeration.SHOWN);
                show.setAriaLabel(getTranslation("surveyview.moderation.show.of", excerpt(a.text())));
                Button hide = new Button(getTranslation("surveyview.moderation.hide"),
                        e -> moderate(surveys, a, TextModeration.HIDDEN));
                hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                hide.setEnabled(a.moderation() != TextModeration.HIDDEN);
                hide.setAriaLabel(getTranslation("surveyview.moderation.hide.of", excerpt(a.text())));
                Div actions = new Div(show, hide);
                actions.addClassName("gv-actions");
                return actions;
            }).setKey("actions").setHeader(getTranslation("surveyview.moderation.actions")).setAutoWidth(true);
            filter.setLabel(getTranslation("surveyview.moderation.filter"));
            filter.setItems(TextModeration.values());
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("surveyview.moderation.all"));
            filter.setItemLabelGenerator(m -> m == null ? getTranslation("surveyview.moderation.all")
                    : getTranslation("surveyview.moderation." + m.name()));
            filter.setValue(TextModeration.PENDING);
            filter.setId(prefix + "-filter");
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
            add(filter);
        } else {
            grid.addColumn(a -> Dates.format(a.answeredAt(), getLocale())).setKey("when")
                    .setHeader(getTranslation("surveyview.results.when")).setAutoWidth(true);
        }
        grid.setItems(query -> surveys.freeText(q.questionId(), committee ? filter.getValue() : TextModeration.SHOWN,
                Paging.of(query, Sort.by(Sort.Direction.DESC, "id"))).stream());
        grid.setEmptyStateText(getTranslation(committee ? "surveyview.moderation.empty" : "surveyview.results.no-texts"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        grid.setHeight(committee ? "18em" : "12em");
        add(grid);
    }

    private void moderate(SurveyService surveys, FreeTextAnswer a, TextModeration to) {
        if (new FormErrors(this).attempt(() -> surveys.moderate(a.id(), to))) {
            grid.getDataProvider().refreshAll();
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
