package org.gridvoice.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import org.gridvoice.casework.CaseDates;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseStanding;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.shared.ui.Dates;

/** Where a case stands: its offices, the due times that still matter, how it closed, its transfers and who routed it. */
class CaseStandingFacts extends Div {

    CaseStandingFacts(CaseDetails details, LocalDateTime now) {
        setId("case-standing");
        CaseStanding standing = details.standing();
        CaseDates dates = details.dates();
        CaseStatus status = details.status();
        fact("casework.case.office", standing.office());
        if (!standing.coOffices().isEmpty()) {
            fact("casework.case.co-offices", String.join(getTranslation("list.separator"), standing.coOffices()));
        }
        if (status == CaseStatus.NEW) {
            fact("casework.case.response-due", date(dates.responseDueAt()), CaseTexts.timeLeft(this, dates.responseDueAt(), now));
        }
        if (status.open()) {
            fact("casework.case.resolution-due", date(dates.resolutionDueAt()), CaseTexts.timeLeft(this, dates.resolutionDueAt(), now));
        }
        if (dates.expectedAt() != null && status.open()) {
            fact("casework.case.expected", date(dates.expectedAt()));
        }
        if (status == CaseStatus.CLOSED && dates.closedAt() != null) {
            fact(dates.resolvedOnTime() ? "casework.case.closed.on-time" : "casework.case.closed.late", date(dates.closedAt()),
                    date(dates.resolutionDueAt())).setId("case-closed");
        }
        if (status == CaseStatus.RESOLVED && dates.feedbackUntil() != null) {
            fact("casework.case.feedback-until", date(dates.feedbackUntil()));
        }
        fact("casework.case.hops", standing.hops());
        if (standing.routedBy() == null) {
            fact("casework.case.routed-as-filed", date(standing.routedAt()));
        } else {
            fact("casework.case.routed", standing.routedBy(), date(standing.routedAt()));
        }
        if (standing.routeNote() != null) {
            fact("casework.case.route-note", standing.routeNote());
        }
    }

    private Paragraph fact(String key, Object... params) {
        Paragraph fact = new Paragraph(getTranslation(key, params));
        add(fact);
        return fact;
    }

    private String date(LocalDateTime at) {
        return Dates.format(at, getLocale());
    }
}
