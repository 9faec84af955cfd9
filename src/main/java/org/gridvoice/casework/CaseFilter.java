package org.gridvoice.casework;

/**
 * Inbox and public list filters; null means any. {@code coHandling}: true for the cases the office
 * co-handles (协办), false for those it leads, null for both; {@code source}: proposals' or
 * requests' cases only.
 */
public record CaseFilter(Long officeId, CaseStatus status, Long categoryId, Long gridId, boolean overdueOnly, Boolean coHandling,
                         CaseSource source) {

    public CaseFilter(Long officeId, CaseStatus status, Long categoryId, Long gridId, boolean overdueOnly, Boolean coHandling) {
        this(officeId, status, categoryId, gridId, overdueOnly, coHandling, null);
    }

    public CaseFilter(Long officeId, CaseStatus status, Long categoryId, Long gridId, boolean overdueOnly) {
        this(officeId, status, categoryId, gridId, overdueOnly, null, null);
    }
}
