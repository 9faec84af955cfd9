package org.gridvoice.casework.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.RoleService;
import org.gridvoice.casework.CaseChanged;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseRecipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who must hear of a case's step, and the announcement itself ({@link CaseChanged} with them): the
 * office that must act on it, its lead when it is late, the coordinator when it is escalated, its
 * co-handling offices (协办) when it is routed and of every public step (the lead office hears of
 * their updates), and the residents behind it ({@link CaseBackers}) of every public step. Internal notes: nobody.
 * Announced in the step's transaction, after the step is written, so "the office" is the one the
 * case is with now.
 */
@Component
public class CaseAudience {

    private static final Set<CaseEventKind> TO_THE_OFFICE = Set.of(CaseEventKind.ROUTED, CaseEventKind.TRANSFERRED, CaseEventKind.REJECTED,
            CaseEventKind.ASSIGNED, CaseEventKind.REOPENED);
    private static final Set<CaseEventKind> TO_RESIDENTS = Set.of(CaseEventKind.ROUTED, CaseEventKind.ACCEPTED, CaseEventKind.UPDATED, CaseEventKind.PROGRESS,
            CaseEventKind.SUMMARY, CaseEventKind.TRANSFERRED, CaseEventKind.REJECTED, CaseEventKind.ASSIGNED, CaseEventKind.ESCALATED,
            CaseEventKind.CLOSED, CaseEventKind.REOPENED);
    private static final Set<CaseEventKind> TO_CO_OFFICES = Set.of(CaseEventKind.ROUTED, CaseEventKind.ACCEPTED, CaseEventKind.UPDATED, CaseEventKind.PROGRESS,
            CaseEventKind.SUMMARY, CaseEventKind.TRANSFERRED, CaseEventKind.REJECTED, CaseEventKind.ASSIGNED, CaseEventKind.RESOLVED,
            CaseEventKind.ESCALATED, CaseEventKind.CLOSED, CaseEventKind.REOPENED);

    private final CaseStore store;
    private final CaseAccess access;
    private final RoleService roles;
    private final CaseBackers backers;
    private final ApplicationEventPublisher events;

    CaseAudience(CaseStore store, CaseAccess access, RoleService roles, CaseBackers backers, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.roles = roles;
        this.backers = backers;
        this.events = events;
    }

    /**
     * Publishes the step. {@code officeId} is the office the step names (see {@link CaseChanged});
     * {@code coOfficeId} the co-handling office that posted an update, else null.
     */
    public void announce(long caseId, CaseEventKind kind, Long officeId, Long coOfficeId, boolean internal) {
        CaseStore.State c = store.state(caseId).orElseThrow();
        CaseRecipients recipients = internal ? CaseRecipients.NOBODY : recipients(c, kind, coOfficeId);
        events.publishEvent(new CaseChanged(caseId, kind, officeId, c.snapTitle(), internal, recipients));
    }

    CaseRecipients recipients(CaseStore.State c, CaseEventKind kind, Long coOfficeId) {
        Set<Long> told = new LinkedHashSet<>();
        Set<Long> office = new LinkedHashSet<>();
        if (TO_THE_OFFICE.contains(kind)) {
            office.addAll(roles.staffIdsOf(c.officeId(), false));
        }
        if (kind == CaseEventKind.LATE || kind == CaseEventKind.ESCALATED) {
            office.addAll(roles.staffIdsOf(c.officeId(), true));
        }
        if (kind == CaseEventKind.ESCALATED) {
            Long coordinator = access.coordinatorOf(c.streetId());
            if (coordinator != null) {
                office.addAll(roles.staffIdsOf(coordinator, false));
            }
        }
        told.addAll(office);
        // a co-handling office's own update: the lead office hears of it, the other co-offices as a step
        List<Long> leadOffice = kind == CaseEventKind.UPDATED && coOfficeId != null
                ? newOnes(roles.staffIdsOf(c.officeId(), false), told) : List.of();
        List<Long> coOffices = new ArrayList<>();
        if (TO_CO_OFFICES.contains(kind)) {
            for (Long co : store.coOffices(c.id())) {
                if (!co.equals(coOfficeId)) {
                    coOffices.addAll(newOnes(roles.staffIdsOf(co, false), told));
                }
            }
        }
        if (!TO_RESIDENTS.contains(kind)) {
            return new CaseRecipients(List.copyOf(office), leadOffice, coOffices, List.of(), null);
        }
        List<Long> behind = backers.of(c);
        return new CaseRecipients(List.copyOf(office), leadOffice, coOffices, newOnes(behind, told), c.consultationId());
    }

    // those not told yet, in order, each once; they count as told from now on
    private static List<Long> newOnes(List<Long> people, Set<Long> told) {
        return people.stream().filter(told::add).toList();
    }
}
