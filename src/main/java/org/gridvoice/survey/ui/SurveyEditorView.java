package org.gridvoice.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.RouteIds;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.survey.SectionForm;
import org.gridvoice.survey.SurveyAudience;
import org.gridvoice.survey.SurveyDetails;
import org.gridvoice.survey.SurveyForm;
import org.gridvoice.survey.SurveyService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The committee builds a survey: its own fields, then sections of questions (added, removed and moved with
 * buttons a keyboard reaches). Save keeps the draft; preview saves it and opens the survey's page as respondents
 * will see it; publish saves and publishes after a confirmation; a draft can be deleted after one. The server's
 * refusals show next to the fields they concern.
 */
@Route("surveys/new")
@RouteAlias("surveys/:id/edit")
@RolesAllowed("COMMITTEE")
public class SurveyEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    private final PlaceService places;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final List<SectionEditor> sections = new ArrayList<>();
    private final Div sectionList = new Div();
    private final ErrorLine sectionsError = new ErrorLine();
    private SurveyFormFields fields;
    private SurveyDetails editing;
    private boolean unavailable;

    public SurveyEditorView(SurveyService surveys, PlaceService places, RoleService roles, CurrentUser currentUser,
                            MarkdownRenderer markdown, Clock clock) {
        this.surveys = surveys;
        this.places = places;
        this.roles = roles;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.clock = clock;
        addClassName("gv-page");
        setId("survey-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sections.clear();
        sectionList.removeAll();
        editing = null;
        unavailable = false;
        if (event.getRouteParameters().get("id").isPresent()) {
            Long id = RouteIds.id(event);
            try {
                editing = id == null ? null : surveys.details(id);
            } catch (InvalidInput | AccessDeniedException notFound) {
                editing = null;
            }
            if (editing == null || !editing.editable()) {
                unavailable = true;
                add(new H2(getPageTitle()), new Paragraph(getTranslation("surveyview.editor.unavailable")),
                        new Paragraph(new RouterLink(getTranslation("surveyview.back-to-list"), SurveysView.class)));
                return;
            }
        }
        build();
    }

    private void build() {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        List<CommunitySummary> communities = places.activeCommunities().stream().filter(c -> mine.contains(c.id())).toList();
        fields = new SurveyFormFields(communities, places::activeGridsOf, markdown::toHtml);
        add(new H2(getPageTitle()), new Paragraph(getTranslation("surveyview.editor.intro")));
        if (editing == null) {
            fields.startNew(LocalDateTime.now(clock));
            addSection().addQuestion();
        } else {
            if (editing.linkToken() != null) {
                add(SurveyCommitteeBar.linkField(editing.linkToken()));
            }
            fields.fill(editing);
            for (SectionForm s : editing.toForm(fields.gridIds()).sections()) {
                addSection().fill(s);
            }
        }
        renumber();
        H3 questionsHeading = new H3(getTranslation("surveyview.editor.sections"));
        Button addSection = new Button(getTranslation("surveyview.editor.section.add"), VaadinIcon.PLUS.create(), e -> {
            SectionEditor s = addSection();
            s.addQuestion();
            renumber();
            s.title.focus();
        });
        addSection.setId("survey-add-section");
        add(fields, questionsHeading, sectionsError, sectionList, addSection, actions());
    }

    private Div actions() {
        Button save = new Button(getTranslation("surveyview.editor.save"), e -> save(id -> {
            Toasts.success(getTranslation("surveyview.editor.saved"));
            getUI().ifPresent(ui -> ui.navigate(SurveyEditorView.class, SurveyView.parameters(id)));
        }));
        save.setId("survey-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button preview = new Button(getTranslation("surveyview.editor.preview"), e -> save(id ->
                getUI().ifPresent(ui -> ui.navigate(SurveyView.class, SurveyView.parameters(id)))));
        preview.setId("survey-preview");
        Button publish = new Button(getTranslation("surveyview.editor.publish"), e -> Confirm.ask(this, "surveyview.publish.title",
                "surveyview.publish.text", "surveyview.editor.publish", () -> save(id -> {
                    if (new FormErrors(this).attempt(() -> surveys.publish(id))) {
                        Toasts.success(getTranslation("surveyview.published"));
                        getUI().ifPresent(ui -> ui.navigate(SurveyView.class, SurveyView.parameters(id)));
                    } else {
                        getUI().ifPresent(ui -> ui.navigate(SurveyEditorView.class, SurveyView.parameters(id)));
                    }
                }), fields.title.getValue()));
        publish.setId("survey-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Div actions = new Div(save, preview, publish);
        if (editing != null) {
            Button delete = new Button(getTranslation("surveyview.editor.delete"), e -> Confirm.ask(this, "surveyview.delete.title",
                    "surveyview.delete.text", "surveyview.editor.delete", () -> {
                        if (new FormErrors(this).attempt(() -> surveys.deleteDraft(editing.id()))) {
                            Toasts.success(getTranslation("surveyview.deleted"));
                            getUI().ifPresent(ui -> ui.navigate(SurveysView.class));
                        }
                    }, editing.title()));
            delete.setId("survey-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        actions.addClassName("gv-actions");
        return actions;
    }

    private SectionEditor addSection() {
        SectionEditor s = new SectionEditor(this::renumber);
        s.up.addClickListener(e -> moveSection(s, -1, s.up));
        s.down.addClickListener(e -> moveSection(s, 1, s.down));
        s.remove.addClickListener(e -> {
            sections.remove(s);
            sectionList.remove(s);
            renumber();
        });
        sections.add(s);
        sectionList.add(s);
        return s;
    }

    private void moveSection(SectionEditor s, int delta, Button keepFocus) {
        int from = sections.indexOf(s);
        int to = from + delta;
        if (to < 0 || to >= sections.size()) {
            return;
        }
        sections.remove(from);
        sections.add(to, s);
        sectionList.removeAll();
        sections.forEach(sectionList::add);
        renumber();
        (keepFocus.isEnabled() ? keepFocus : keepFocus == s.up ? s.down : s.up).focus();
    }

    private void renumber() {
        AtomicInteger question = new AtomicInteger();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).number(i + 1, sections.size(), question::incrementAndGet);
        }
    }

    private SurveyForm form() {
        SurveyAudience audience = fields.audience.getValue();
        return new SurveyForm(fields.communityId(), audience == SurveyAudience.RESIDENTS ? fields.gridIds() : Set.of(),
                fields.title.getValue().strip(), fields.description.getValue(), audience,
                Boolean.TRUE.equals(fields.publishResults.getValue()), fields.opensAt.getValue(), fields.closesAt.getValue(),
                sections.stream().map(SectionEditor::form).toList());
    }

    /** Saves the draft (creating it the first time) and hands its id on; a refusal shows next to its fields instead. */
    private void save(Consumer<Long> then) {
        Map<String, HasValidation> bound = new LinkedHashMap<>();
        fields.bind(bound);
        bound.put("sections", sectionsError);
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).bind(bound, "sections[" + i + "]");
        }
        SurveyForm form = form();
        fields.showWriteTab();
        Long[] id = {editing == null ? null : editing.id()};
        boolean ok = new FormErrors(this).attempt(() -> {
            try {
                if (editing == null) {
                    id[0] = surveys.create(form);
                } else {
                    surveys.update(editing.id(), editing.version(), form);
                }
            } catch (InvalidInput refusal) {
                HasValidation first = PathErrors.show(this, bound, refusal);
                if (first instanceof Component c) {
                    c.getElement().callJsFunction("scrollIntoView");
                }
                throw new InvalidInput(List.of());
            }
        });
        if (ok) {
            PathErrors.clear(bound);
            then.accept(id[0]);
        }
    }

    @Override
    public String getPageTitle() {
        if (unavailable) {
            return getTranslation("surveyview.not-found.title");
        }
        return editing == null ? getTranslation("surveyview.editor.new") : getTranslation("surveyview.editor.edit", editing.title());
    }
}
