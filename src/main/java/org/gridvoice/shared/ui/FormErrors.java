package org.gridvoice.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridvoice.shared.FailureMessage;
import org.gridvoice.shared.validation.FieldProblem;
import org.gridvoice.shared.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Shows a service's refusal next to the fields it concerns; problems without a field become a notification. */
public final class FormErrors {

    private static final Logger LOG = LoggerFactory.getLogger(FormErrors.class);

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors bind(String field, HasValidation input) {
        fields.put(field, input);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Each field shows its first problem (the service puts "required" first); the rest wait until that is fixed. */
    public void show(InvalidInput refusal) {
        clear();
        java.util.Set<HasValidation> shown = new java.util.HashSet<>();
        for (FieldProblem problem : refusal.problems()) {
            String text = owner.getTranslation(problem.messageKey(), problem.args());
            HasValidation field = problem.field() == null ? null : fields.get(problem.field());
            if (field != null && !shown.add(field)) {
                continue;
            }
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                Toasts.error(text);
            }
        }
    }

    /**
     * Runs a service call; a refusal is shown and {@code false} returned. Any other failure of the
     * write (the database refused it, the transaction rolled back) is logged and told to the user as
     * "nothing was changed" ({@link FailureMessage}: the database unreachable, a concurrent write, or
     * anything else), so a form or dialog never stays silently open. A denied access still
     * goes to the error page.
     */
    public boolean attempt(Runnable call) {
        try {
            call.run();
            clear();
            return true;
        } catch (InvalidInput refusal) {
            show(refusal);
            return false;
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (RuntimeException failure) {
            FailureMessage message = FailureMessage.of(failure);
            switch (message) {
                // rolled back whole (a deadlock, a lock wait that timed out or, on a Galera cluster, a write that lost
                // certification against the same rows written on another node): saying "try again" is true and enough
                case CONCURRENT_WRITE -> LOG.warn("A write met a concurrent one and was rolled back; the user was asked to try again: {}",
                        failure.getMessage());
                // no connection: the transaction never began or was rolled back by the server going away
                case DATABASE_UNAVAILABLE -> LOG.warn("A write could not reach the database; the user was asked to try again in a minute: {}",
                        failure.getMessage());
                case COMMIT_UNCERTAIN -> LOG.warn("A commit lost its connection to the database; the user was asked to check whether it was saved: {}",
                        failure.getMessage());
                case OTHER -> LOG.error("A write failed; the user was told nothing was changed", failure);
            }
            Toasts.error(owner.getTranslation(message.key()));
            return false;
        }
    }

    static Notification notification(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        return notification;
    }
}
