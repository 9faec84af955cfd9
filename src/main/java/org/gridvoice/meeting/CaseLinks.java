package org.gridvoice.meeting;

import java.util.Locale;
import java.util.Optional;
import org.gridvoice.casework.CaseService;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;

/** An agenda item may be about a case (工单) of the community. */
@Component
class CaseLinks implements AgendaLinkKind {

    private final CaseService cases;

    CaseLinks(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String kind() {
        return "CASE";
    }

    @Override
    public Optional<Target> target(Long id, Locale locale) {
        try {
            Optional<Long> community = cases.communityOf(id);
            if (community.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Target(cases.details(id).title(), "cases/" + id, community.get()));
        } catch (InvalidInput notFound) {
            return Optional.empty();
        }
    }
}
