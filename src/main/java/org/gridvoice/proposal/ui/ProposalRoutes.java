package org.gridvoice.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where the proposal screens live, and their route parameters read safely. */
final class ProposalRoutes {

    static final String CONSULTATION_ID = "consultationId";
    static final String PROPOSAL_ID = "proposalId";
    static final String ID = "id";

    private ProposalRoutes() {
    }

    /** A number from a route parameter, or empty when it is absent or not a number. */
    static Optional<Long> idOf(BeforeEnterEvent event, String name) {
        try {
            return event.getRouteParameters().get(name).map(Long::valueOf);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static RouteParameters proposal(Long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    static RouteParameters list(Long consultationId) {
        return new RouteParameters(CONSULTATION_ID, String.valueOf(consultationId));
    }

    /** The editor for a new proposal ({@code proposalId} null) or for rewording one. */
    static RouteParameters editor(Long consultationId, Long proposalId) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(CONSULTATION_ID, String.valueOf(consultationId));
        if (proposalId != null) {
            parameters.put(PROPOSAL_ID, String.valueOf(proposalId));
        }
        return new RouteParameters(parameters);
    }

    static String consultationUrl(Long consultationId) {
        return "consultations/" + consultationId;
    }

    static String proposalUrl(Long id) {
        return "proposals/" + id;
    }

    /**
     * A link to a screen of another module by its URL (the consultation module's views are not
     * ours to import); the router still handles it without reloading the page.
     */
    static Anchor link(String url, String text) {
        Anchor anchor = new Anchor(url, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
