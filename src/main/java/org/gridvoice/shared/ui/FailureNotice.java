package org.gridvoice.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.gridvoice.shared.FailureMessage;

/**
 * An unexpected failure in a click or other UI event (outside {@link FormErrors#attempt}) is logged
 * as Vaadin does and told to the user as "nothing was changed": the screen never just stays as it was.
 */
@SpringComponent
class FailureNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new DefaultErrorHandler() {
            @Override
            public void error(ErrorEvent error) {
                super.error(error);
                UI ui = UI.getCurrent();
                if (ui != null && shouldHandle(error.getThrowable())) {
                    Toasts.error(ui.getTranslation(FailureMessage.of(error.getThrowable()).key()));
                }
            }
        }));
    }
}
