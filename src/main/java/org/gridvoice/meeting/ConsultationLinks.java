package org.gridvoice.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridvoice.consultation.ConsultationService;
import org.springframework.stereotype.Component;

/** An agenda item may be about a published consultation of the community. */
@Component
class ConsultationLinks implements AgendaLinkKind {

    private final ConsultationService consultations;

    ConsultationLinks(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public String kind() {
        return "CONSULTATION";
    }

    @Override
    public Optional<Target> target(Long id, Locale locale) {
        return consultations.summariesOf(List.of(id)).stream().findFirst()
                .map(c -> new Target(c.title(), "consultations/" + c.id(), c.communityId()));
    }
}
