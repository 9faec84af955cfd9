package org.gridvoice.insight;

import org.gridvoice.place.OfficeKind;

/**
 * What the responsibility list and the open cases put on one office: entries it leads and co-handles,
 * its open, late and escalated cases, its staff, and open cases per staff member (null without staff).
 */
public record OfficeLoad(Long officeId, String name, OfficeKind kind, int leads, int coHandles, long open, long late,
                         long escalated, int staff, Double openPerStaff) {
}
