package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.Component;
import org.gridvoice.proposal.ProposalSummary;
import org.springframework.modulith.NamedInterface;

/**
 * Who proposed it, as the reader may read it: the name; "a resident" where the author keeps their
 * name from the public; the name marked "not shown publicly" for the author and the committee, who
 * see it anyway. Other modules' screens (the ballot) name authors with it too.
 */
@NamedInterface("author-label")
public final class AuthorLabel {

    private AuthorLabel() {
    }

    public static String of(Component owner, ProposalSummary p) {
        if (p.authorName() == null) {
            return owner.getTranslation("proposal.author.a-resident");
        }
        return p.authorShown() ? p.authorName() : owner.getTranslation("proposal.author.not-shown", p.authorName());
    }
}
