package org.gridvoice.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.gridvoice.account.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Screens without a browser (Karibu Testing) inside the shared Spring context, in Chinese unless told otherwise. */
@GridVoiceTest
public abstract class ViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.gridvoice");

    @Autowired protected ApplicationContext context;
    @Autowired protected People people;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        People.signOut();
        MockVaadin.tearDown();
    }

    /** Signs the user in for the services (SecurityContext) and for Vaadin's route access checks (request principal). */
    protected void signIn(SignedInUser user) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    protected void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Types a value, as Karibu's _setValue would; its Vaadin 24 internals are gone from Vaadin 25. */
    protected static <V> void set(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    protected void navigate(String route) {
        UI.getCurrent().navigate(route);
    }
}
