package org.gridvoice.casework;

import java.util.List;

/**
 * Who must hear of a case's step, decided by casework when the step is taken: the staff of the
 * office that must act ({@code office}), the lead office's staff when a co-handling office posted
 * an update ({@code leadOffice}), the other co-handling offices' staff ({@code coOffices}), and the
 * residents behind the case ({@code residents}: a proposal's author and endorsers, or a request's requester
 * and those who said "me too"). The lists do not overlap. When residents hear
 * of the step, {@code consultationId} names the consultation whose followers hear of it too
 * (follows belong to the notification module); null otherwise.
 */
public record CaseRecipients(List<Long> office, List<Long> leadOffice, List<Long> coOffices, List<Long> residents, Long consultationId) {

    public static final CaseRecipients NOBODY = new CaseRecipients(List.of(), List.of(), List.of(), List.of(), null);

    public CaseRecipients {
        office = List.copyOf(office);
        leadOffice = List.copyOf(leadOffice);
        coOffices = List.copyOf(coOffices);
        residents = List.copyOf(residents);
    }
}
