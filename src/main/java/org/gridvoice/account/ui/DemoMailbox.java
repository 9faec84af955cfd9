package org.gridvoice.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/**
 * In the embedded demo no mail leaves the machine: its mail catcher sets
 * {@code gridvoice.mail-catcher.page}, and the screens that say "check your mail" link to it.
 */
@org.springframework.stereotype.Component
class DemoMailbox {

    private final String page;

    DemoMailbox(@Value("${gridvoice.mail-catcher.page:}") String page) {
        this.page = page;
    }

    Optional<Paragraph> link(Component owner) {
        if (page.isBlank()) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph(new Anchor(page, owner.getTranslation("mail.catcher.link")));
        note.addClassName("gv-note");
        return Optional.of(note);
    }
}
