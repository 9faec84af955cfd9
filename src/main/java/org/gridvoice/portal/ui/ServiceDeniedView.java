package org.gridvoice.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in person while a screen was opening (e.g. another community's
 * committee opening a consultation's case routing): the same friendly page as a denied route.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServiceDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
