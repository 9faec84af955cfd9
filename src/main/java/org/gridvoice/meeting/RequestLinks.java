package org.gridvoice.meeting;

import java.util.Locale;
import java.util.Optional;
import org.gridvoice.casework.CaseService;
import org.gridvoice.request.RequestService;
import org.gridvoice.request.RequestSummary;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;

/** An agenda item may be about a resident's request (诉求) filed in the community; its page is its case's. */
@Component
class RequestLinks implements AgendaLinkKind {

    private static final int TITLE = 60;

    private final RequestService requests;
    private final CaseService cases;

    RequestLinks(RequestService requests, CaseService cases) {
        this.requests = requests;
        this.cases = cases;
    }

    @Override
    public String kind() {
        return "REQUEST";
    }

    @Override
    public Optional<Target> target(Long id, Locale locale) {
        try {
            RequestSummary r = requests.summary(id);
            String text = r.description().strip().lines().findFirst().orElse("");
            String title = text.length() > TITLE ? text.substring(0, TITLE) + "…" : text;
            return cases.communityOf(r.caseId()).map(c -> new Target(title, "cases/" + r.caseId(), c));
        } catch (InvalidInput notFound) {
            return Optional.empty();
        }
    }
}
