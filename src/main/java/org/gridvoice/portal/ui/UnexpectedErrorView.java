package org.gridvoice.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.gridvoice.shared.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while a screen opens: a friendly page instead of Vaadin's, which shows the
 * stack trace in development mode. A refusal a service explains ({@link InvalidInput}, such as
 * "no such proposal") is shown as "not found"; anything else is logged with its stack trace for
 * the operators and shown as "something went wrong".
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getCaughtException() instanceof InvalidInput) {
            show("not-found");
            return HttpServletResponse.SC_NOT_FOUND;
        }
        log.error("navigation to {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        show("generic");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
