package org.gridvoice.casework.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.gridvoice.casework.CaseChanged;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.proposal.CaseProgress;
import org.gridvoice.proposal.ProposalCase;
import org.gridvoice.proposal.ProposalService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the proposal behind a case where the case stands (status, office, dates) at every step, in
 * the step's transaction, so the proposal page never lags its case.
 */
@Component
class ProposalFollowsCase {

    private final JdbcClient jdbc;
    private final OfficeService offices;
    private final ProposalService proposals;

    ProposalFollowsCase(JdbcClient jdbc, OfficeService offices, ProposalService proposals) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.proposals = proposals;
    }

    @EventListener
    void on(CaseChanged changed) {
        record Row(Long proposalId, String status, long officeId, LocalDateTime routedAt, LocalDateTime resolvedAt,
                   LocalDateTime closedAt) {
        }
        jdbc.sql("SELECT proposal_id, status, office_id, routed_at, resolved_at, closed_at FROM casework_case WHERE id = :id")
                .param("id", changed.caseId()).query(Row.class).optional()
                .filter(row -> row.proposalId() != null)
                .ifPresent(row -> proposals.recordCase(row.proposalId(), new ProposalCase(changed.caseId(),
                        offices.officesOf(List.of(row.officeId())).stream().findFirst().map(OfficeSummary::name).orElse(null),
                        CaseProgress.valueOf(row.status()), row.routedAt(), row.resolvedAt(), row.closedAt())));
    }
}
