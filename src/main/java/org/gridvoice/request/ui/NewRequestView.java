package org.gridvoice.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.photo.ui.PhotoPicker;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.request.RequestSummary;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;

/**
 * A signed-in resident files a request (提交诉求): it becomes a case at once and the case page opens.
 * While it is written, the "me too" panel offers the same request filed nearby lately.
 */
@Route("requests/new")
@PermitAll
@Menu(title = "request.nav.new", order = 4, icon = "vaadin:camera")
public class NewRequestView extends Main implements HasDynamicTitle {

    private final RequestService requests;
    final RequestFormFields fields;
    final MeTooPanel meToo;
    final Button submit;
    private final FormErrors errors;

    public NewRequestView(RequestService requests, CategoryService categories, PlaceService places, ResidencyService residencies,
                          PhotoService photoService, CurrentUser currentUser) {
        this.requests = requests;
        addClassNames("gv-page", "gv-touch");
        fields = new RequestFormFields(categories.activeCategories(), places.activeGrids(),
                new PhotoPicker(photoService, currentUser, RequestForm.MAX_PHOTOS));
        fields.presetGrid(residencies.verifiedGrid(currentUser.requireId()));
        meToo = new MeTooPanel(this::supportInstead);
        errors = fields.errors(this);

        fields.category.addValueChangeListener(e -> refreshCandidates());
        fields.grid.addValueChangeListener(e -> refreshCandidates());
        fields.point.latitude.addValueChangeListener(e -> refreshCandidates());
        fields.point.longitude.addValueChangeListener(e -> refreshCandidates());

        submit = new Button(getTranslation("request.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        Div actions = new Div(submit);
        actions.addClassName("gv-actions");

        add(new H2(getPageTitle()), new Paragraph(getTranslation("request.new.intro")), fields, meToo, actions);
        refreshCandidates();
    }

    private void refreshCandidates() {
        BigDecimal[] point = fields.pointOrNone();
        meToo.show(requests.candidates(fields.categoryId(), fields.gridId(), point[0], point[1]));
    }

    private void submit() {
        AtomicReference<Filed> filed = new AtomicReference<>();
        boolean ok = errors.attempt(() -> filed.set(requests.file(fields.form())));
        submit.setEnabled(true);
        if (ok) {
            fields.photos.clear();
            Toasts.success(getTranslation("request.filed", filed.get().caseId()));
            getUI().ifPresent(ui -> ui.navigate("cases/" + filed.get().caseId()));
        }
    }

    /** One click is the confirmation: the resident stands behind that request and sees its case. */
    private void supportInstead(RequestSummary request) {
        if (errors.attempt(() -> requests.support(request.id()))) {
            Toasts.success(getTranslation("request.metoo.done"));
            getUI().ifPresent(ui -> ui.navigate("cases/" + request.caseId()));
        } else {
            refreshCandidates();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.new.title");
    }
}
