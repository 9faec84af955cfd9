package org.gridvoice.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.RoleService;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.gridvoice.shared.validation.InvalidInput;

/** A committee member writes a new consultation (no id) or changes one of their community (with its id). */
@Route("consultations/editor/:id?")
@RolesAllowed("COMMITTEE")
public class ConsultationEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final PlaceService places;
    private final CategoryService categories;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private ConsultationDetails editing;
    private boolean unavailable;

    public ConsultationEditorView(ConsultationService consultations, PlaceService places, CategoryService categories,
                                  RoleService roles, CurrentUser currentUser, MarkdownRenderer markdown, Clock clock) {
        this.consultations = consultations;
        this.places = places;
        this.categories = categories;
        this.roles = roles;
        this.currentUser = currentUser;
        this.markdown = markdown;
        this.clock = clock;
        addClassName("gv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editing = null;
        unavailable = false;
        if (event.getRouteParameters().get("id").isPresent()) {
            try {
                editing = ConsultationView.idOf(event).map(consultations::details).filter(ConsultationDetails::editable).orElse(null);
            } catch (InvalidInput notFound) {
                editing = null;
            }
            if (editing == null) {
                unavailable = true;
                add(new H2(getTranslation("consultation.not-found.title")), new Paragraph(getTranslation("consultation.editor.unavailable")),
                        new RouterLink(getTranslation("consultation.back-to-list"), ConsultationsView.class));
                return;
            }
        }
        build();
    }

    private void build() {
        ConsultationFormFields fields = new ConsultationFormFields(myCommunities(), categories.activeCategories(),
                places::activeGridsOf, markdown::toHtml);
        add(new H2(getPageTitle()));
        if (editing == null) {
            add(new Paragraph(getTranslation("consultation.editor.new.intro")));
            fields.startNew(LocalDateTime.now(clock));
        } else {
            if (editing.publishedAt() != null) {
                add(new Paragraph(getTranslation("consultation.editor.published.intro")));
            }
            fields.fill(editing);
        }
        BudgetFields budget = new BudgetFields();
        if (editing != null) {
            budget.fill(consultations.budget(editing.id()), editing.phase());
        }
        FormErrors errors = fields.errors(this);
        Button save = new Button(getTranslation("action.save"), e -> save(fields, errors, budget));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave(editing == null ? null : editing.id()));
        Div actions = new Div(save, cancel);
        actions.addClassName("gv-actions");
        add(fields, budget, actions);
    }

    /** The communities the user serves on the committee; an edited consultation's own community always included. */
    private List<CommunitySummary> myCommunities() {
        Set<Long> mine = roles.committeeCommunities(currentUser.requireId());
        List<CommunitySummary> communities = new ArrayList<>(places.activeCommunities().stream().filter(c -> mine.contains(c.id())).toList());
        if (editing != null && communities.stream().noneMatch(c -> c.id().equals(editing.communityId()))) {
            communities.add(new CommunitySummary(editing.communityId(), null, null, editing.communityName(), null, false));
        }
        return communities;
    }

    private void save(ConsultationFormFields fields, FormErrors errors, BudgetFields budget) {
        ConsultationForm form = fields.form();
        fields.showWriteTab();
        AtomicReference<Long> saved = new AtomicReference<>(editing == null ? null : editing.id());
        boolean ok = errors.attempt(() -> {
            if (editing == null) {
                saved.set(consultations.create(form));
            } else {
                consultations.update(editing.id(), editing.version(), form);
            }
        });
        if (!ok) {
            return;
        }
        if (budget.changed() && !budget.errors(this).attempt(() -> consultations.setBudget(saved.get(), budget.form()))) {
            // the consultation is saved, its budget refused: stay, now editing what was saved, so the next save updates it
            Toasts.success(getTranslation(editing == null ? "consultation.created" : "consultation.saved"));
            editing = consultations.details(saved.get());
            return;
        }
        budget.saved(saved.get());
        Toasts.success(getTranslation(editing == null ? "consultation.created" : "consultation.saved"));
        leave(saved.get());
    }

    private void leave(Long id) {
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(ConsultationsView.class);
            } else {
                ui.navigate(ConsultationView.class, ConsultationView.parameters(id));
            }
        });
    }

    @Override
    public String getPageTitle() {
        if (unavailable) {
            return getTranslation("consultation.not-found.title");
        }
        return editing == null ? getTranslation("consultation.editor.new") : getTranslation("consultation.editor.edit", editing.title());
    }
}
