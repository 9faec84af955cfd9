package org.gridvoice.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.gridvoice.account.PhoneSignIn;
import org.gridvoice.account.security.SessionSignIn;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/** After a right code: the session signed in, then a full page load so that menu and screens see the signed-in user. */
final class PhoneSession {

    private PhoneSession() {
    }

    static void enter(SessionSignIn sessions, PhoneSignIn signedIn) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        // the page the visitor wanted before being sent to sign in, as the password form does
        var cache = new HttpSessionRequestCache();
        SavedRequest wanted = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        sessions.signIn(signedIn.user(), request, response);
        String target = wanted != null && wanted.getRedirectUrl() != null ? wanted.getRedirectUrl() : request.getContextPath() + "/";
        UI.getCurrent().getPage().setLocation(target);
    }
}
