package org.gridvoice.audit.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.gridvoice.audit.AuditRun;
import org.gridvoice.audit.AuditVerificationService;
import org.gridvoice.shared.ui.Dates;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The administrators' view of the audit chain: the last daily verification, and a verification on
 * demand with its progress; a broken chain names its first broken entry and why.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.audit", order = 54, icon = "vaadin:shield")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditVerificationService verification;
    final Button verify = new Button();
    final ProgressBar progress = new ProgressBar();
    final Div progressText = new Div();
    final Div lastScheduled = new Div();
    final Div result = new Div();
    private final AtomicReference<Thread> running = new AtomicReference<>();

    public AuditView(AuditVerificationService verification) {
        this.verification = verification;
        addClassName("gv-page");
        add(new H2(getTranslation("nav.admin.audit")), new Paragraph(getTranslation("audit.screen.intro")));

        add(new H3(getTranslation("audit.screen.scheduled")), lastScheduled);
        lastScheduled.getElement().setAttribute("role", "status");
        lastScheduled.setText(describe(verification.lastScheduledRun(), "audit.screen.never"));

        verify.setText(getTranslation("audit.screen.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> start());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("audit.screen.progress-label"));
        progressText.getElement().setAttribute("aria-live", "polite");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("audit.screen.on-demand")), verify, progress, progressText, result);
        verification.lastRun().filter(run -> !run.scheduled()).ifPresent(run -> result.setText(describe(Optional.of(run), "audit.screen.never")));
    }

    /** Runs the verification away from the request, the screen polling for its progress. */
    private void start() {
        UI ui = UI.getCurrent();
        long total = Math.max(1, verification.chainLength());
        verify.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("audit.screen.progress", "0", Long.toString(total)));
        result.setText("");
        ui.setPollInterval(500);
        Thread thread = Thread.ofVirtual().unstarted(new DelegatingSecurityContextRunnable(() -> {
            try {
                AuditRun run = verification.verifyNow(checked -> ui.access(() -> {
                    progress.setValue(Math.min(1.0, (double) checked / total));
                    progressText.setText(getTranslation("audit.screen.progress", Long.toString(checked), Long.toString(total)));
                }));
                ui.access(() -> finished(ui, describe(Optional.of(run), "audit.screen.never")));
            } catch (RuntimeException failure) {
                ui.access(() -> finished(ui, getTranslation("audit.screen.failed")));
            }
        }));
        running.set(thread);
        thread.start();
    }

    private void finished(UI ui, String text) {
        progress.setVisible(false);
        progressText.setText("");
        result.setText(text);
        verify.setEnabled(true);
        ui.setPollInterval(-1);
        running.set(null);
    }

    /** Waits for a running verification (tests). */
    void awaitVerification() throws InterruptedException {
        Thread thread = running.get();
        if (thread != null) {
            thread.join(120_000);
        }
    }

    private String describe(Optional<AuditRun> run, String none) {
        if (run.isEmpty()) {
            return getTranslation(none);
        }
        AuditRun r = run.get();
        String when = Dates.format(r.finishedAt(), getLocale());
        if (r.intact()) {
            return getTranslation("audit.screen.intact", when, Long.toString(r.checked()), r.headHash());
        }
        return getTranslation("audit.screen.broken", when, Long.toString(r.firstBrokenSeq()), getTranslation(r.problem().messageKey()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
