package org.gridvoice.request;

import java.time.LocalDate;
import org.gridvoice.casework.CaseStatus;

/** The public list's filters, each optional: status, category, grid, and the days filed (inclusive). */
public record RequestFilter(CaseStatus status, Long categoryId, Long gridId, LocalDate from, LocalDate to) {

    public static final RequestFilter ALL = new RequestFilter(null, null, null, null, null);
}
