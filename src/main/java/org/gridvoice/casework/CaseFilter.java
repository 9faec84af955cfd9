package org.gridvoice.casework;

/**
 * Inbox filters; null means any. {@code coHandling}: true for the cases the office co-handles
 * (协办), false for those it leads, null for both.
 */
public record CaseFilter(Long officeId, CaseStatus status, Long categoryId, Long gridId, boolean overdueOnly, Boolean coHandling) {

    public CaseFilter(Long officeId, CaseStatus status, Long categoryId, Long gridId, boolean overdueOnly) {
        this(officeId, status, categoryId, gridId, overdueOnly, null);
    }
}
