package org.gridvoice.request;

import java.time.LocalDateTime;
import java.util.Locale;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.shared.GeoPoint;

/**
 * A request in a list: its case (the page to open), what and where, how it stands, how many said
 * "me too", the author's name only where the reader may see it (else null), and the staff member who entered it
 * for the author (代录), if one did.
 */
public record RequestSummary(long id, long caseId, String description, long categoryId, String categoryZh, String categoryEn,
                             long gridId, String grid, String address, GeoPoint point, CaseStatus status, LocalDateTime filedAt,
                             int supporters, String authorName, boolean mine, String thumbUrl,
                             String enteredByName) {

    public String category(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? categoryZh : categoryEn;
    }
}
