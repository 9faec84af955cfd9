package org.gridvoice.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.gridvoice.casework.CaseOverviewService;
import org.gridvoice.consultation.ConsultationFilter;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.consultation.ConsultationSummary;
import org.gridvoice.consultation.Phase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * What is going on, for anyone: consultations by phase with their next deadline, recent results,
 * recently resolved cases. Each phase is one small page (a count only when it is full).
 */
@SpringComponent
class PublicSections {

    static final List<Phase> OPEN_PHASES = List.of(Phase.VOTING, Phase.DELIBERATION, Phase.PROPOSALS, Phase.UPCOMING);
    private static final int PER_PHASE = 3;

    private final ConsultationService consultations;
    private final CaseOverviewService cases;

    PublicSections(ConsultationService consultations, CaseOverviewService cases) {
        this.consultations = consultations;
        this.cases = cases;
    }

    /** Open consultations (of one community, or everywhere when {@code communityId} is null) grouped by phase, soonest deadline first. */
    HomeSection byPhase(String id, Long communityId, String emptyKey, String titleKey, Object... titleArgs) {
        HomeSection section = new HomeSection(id, titleKey, titleArgs);
        long total = 0;
        for (Phase phase : OPEN_PHASES) {
            Page<ConsultationSummary> page = consultations.list(new ConsultationFilter(communityId, phase, null, null),
                    PageRequest.of(0, PER_PHASE, Sort.by(deadlineOf(phase), "id")));
            if (page.getTotalElements() > 0) {
                total += page.getTotalElements();
                section.group(section.getTranslation("consultation.phase." + phase.name()), page.getTotalElements(),
                        page.getContent().stream().map(c -> HomeItems.consultationInPhase(section, c, communityId == null)).toList());
            }
        }
        if (total == 0) {
            section.items(List.of(), section.getTranslation(emptyKey, titleArgs));
        }
        return section.link(section.getTranslation("home.consultations.all"), "consultations", false);
    }

    HomeSection recentResults() {
        HomeSection section = new HomeSection("home-results", "home.results.title");
        List<Component> rows = consultations.list(new ConsultationFilter(null, Phase.CLOSED, null, null),
                        PageRequest.of(0, PER_PHASE, Sort.by(Sort.Direction.DESC, "votingCloseAt", "id")))
                .getContent().stream().<Component>map(c -> HomeItems.consultation(section, c, true)).toList();
        return section.items(rows, section.getTranslation("home.results.none"));
    }

    HomeSection recentlyResolved() {
        HomeSection section = new HomeSection("home-resolved", "home.resolved.title");
        section.items(cases.recentlyResolved(PER_PHASE).stream().map(c -> HomeItems.kase(section, c)).toList(),
                section.getTranslation("home.resolved.none"));
        return section.link(section.getTranslation("home.cases.all"), "cases", false);
    }

    private static String deadlineOf(Phase phase) {
        return switch (phase) {
            case UPCOMING, DRAFT -> "proposalsOpenAt";
            case PROPOSALS -> "proposalsCloseAt";
            case DELIBERATION -> "votingOpenAt";
            case VOTING, CLOSED -> "votingCloseAt";
        };
    }
}
