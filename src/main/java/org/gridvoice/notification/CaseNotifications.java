package org.gridvoice.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.casework.CaseChanged;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.FeedbackRequested;
import org.gridvoice.notification.domain.Notifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a case: the office that must act on it, its lead when it is late, the coordinator
 * when it is escalated, its co-handling offices (协办) when it is routed and of every public step
 * (the lead office hears of their updates), and the residents behind it of every public step.
 * In the transaction of the step.
 */
@Component
class CaseNotifications {

    private static final Set<CaseEventKind> TO_THE_OFFICE = Set.of(CaseEventKind.ROUTED, CaseEventKind.TRANSFERRED, CaseEventKind.REJECTED,
            CaseEventKind.ASSIGNED, CaseEventKind.REOPENED);
    private static final Set<CaseEventKind> TO_RESIDENTS = Set.of(CaseEventKind.ROUTED, CaseEventKind.ACCEPTED, CaseEventKind.UPDATED,
            CaseEventKind.SUMMARY, CaseEventKind.TRANSFERRED, CaseEventKind.REJECTED, CaseEventKind.ASSIGNED, CaseEventKind.ESCALATED,
            CaseEventKind.CLOSED, CaseEventKind.REOPENED);
    private static final Set<CaseEventKind> TO_CO_OFFICES = Set.of(CaseEventKind.ACCEPTED, CaseEventKind.UPDATED, CaseEventKind.SUMMARY,
            CaseEventKind.TRANSFERRED, CaseEventKind.REJECTED, CaseEventKind.ASSIGNED, CaseEventKind.RESOLVED, CaseEventKind.ESCALATED,
            CaseEventKind.CLOSED, CaseEventKind.REOPENED);

    private final Notifier notifier;
    private final CaseService cases;
    private final org.gridvoice.notification.domain.NotificationStore store;

    CaseNotifications(Notifier notifier, CaseService cases, org.gridvoice.notification.domain.NotificationStore store) {
        this.notifier = notifier;
        this.cases = cases;
        this.store = store;
    }

    @EventListener
    void on(CaseChanged event) {
        if (event.internal()) {
            return;
        }
        String link = "cases/" + event.caseId();
        Set<Long> staff = new LinkedHashSet<>();
        if (TO_THE_OFFICE.contains(event.kind())) {
            staff.addAll(cases.staffOf(event.caseId(), false));
        }
        if (event.kind() == CaseEventKind.LATE) {
            staff.addAll(cases.staffOf(event.caseId(), true));
        }
        if (event.kind() == CaseEventKind.ESCALATED) {
            staff.addAll(cases.staffOf(event.caseId(), true));
            staff.addAll(cases.coordinatorStaff(event.caseId()));
        }
        for (Long person : staff) {
            notifier.notify(person, "CASE_FOR_OFFICE_" + event.kind().name(), List.of(event.title()), link);
        }
        // a co-handling office's own update names that office; the lead office hears of it, the other co-offices as a step
        boolean byCoOffice = event.kind() == CaseEventKind.UPDATED && cases.coOfficeIds(event.caseId()).contains(event.officeId());
        if (byCoOffice) {
            for (Long person : cases.staffOf(event.caseId(), false)) {
                if (staff.add(person)) {
                    notifier.notify(person, "CASE_FOR_OFFICE_CO_UPDATE", List.of(event.title()), link);
                }
            }
        }
        if (event.kind() == CaseEventKind.ROUTED || TO_CO_OFFICES.contains(event.kind())) {
            for (Long person : cases.coOfficeStaff(event.caseId(), byCoOffice ? event.officeId() : null)) {
                if (staff.add(person)) {
                    notifier.notify(person, event.kind() == CaseEventKind.ROUTED ? "CASE_FOR_CO_OFFICE_ROUTED" : "CASE_CO_OFFICE_STEP",
                            event.kind() == CaseEventKind.ROUTED ? List.of(event.title())
                                    : List.of(event.title(), "key:casework.event." + event.kind().name()), link);
                }
            }
        }
        if (TO_RESIDENTS.contains(event.kind())) {
            // the residents behind the proposal, and everyone following the consultation it came from
            Set<Long> residents = new LinkedHashSet<>(cases.followers(event.caseId()));
            residents.addAll(store.followers(cases.consultationOf(event.caseId())));
            for (Long person : residents) {
                if (!staff.contains(person)) {
                    notifier.notify(person, "CASE_STEP", List.of(event.title(), "key:casework.event." + event.kind().name()), link);
                }
            }
        }
    }

    @EventListener
    void on(FeedbackRequested event) {
        for (Long person : event.userIds()) {
            notifier.notify(person, "CASE_FEEDBACK", List.of(event.title()), "cases/" + event.caseId());
        }
    }
}
