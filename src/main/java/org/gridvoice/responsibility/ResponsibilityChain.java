package org.gridvoice.responsibility;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.springframework.stereotype.Component;

/**
 * Every change that makes the list route differently, as an audit chain entry appended in the
 * change's transaction: ids, deadlines, dates and the SHA-256 of the basis, never a name or a text,
 * so anyone can later check which rule was in force when a case was routed.
 */
@Component
class ResponsibilityChain {

    /** A version published (a new entry or a change of one); object: the entry. */
    static final String PUBLISHED = "RESPONSIBILITY_PUBLISHED";
    /** An entry ended; object: the entry. */
    static final String RETIRED = "RESPONSIBILITY_RETIRED";
    /** A street's default and coordinator offices set; object: the street. */
    static final String STREET_OFFICES_SET = "STREET_OFFICES_SET";

    private final AuditLog audit;

    ResponsibilityChain(AuditLog audit) {
        this.audit = audit;
    }

    void published(long entryId, long versionId, ResponsibilityForm form, Set<Long> coOffices, long adminId) {
        append(PUBLISHED, "responsibility", entryId, adminId, "version " + versionId + ", category " + form.categoryId() + ", "
                + form.level() + " " + form.placeId() + ", lead office " + form.leadOfficeId() + ", co-offices "
                + coOffices.stream().sorted().toList() + ", accept within " + form.responseHours() + " h, resolve within "
                + form.resolutionDays() + " days, from " + at(form.effectiveFrom()) + ", basis sha256 "
                + AuditRecord.textHash(form.basis().strip()));
    }

    void retired(long entryId, LocalDateTime at, long adminId) {
        append(RETIRED, "responsibility", entryId, adminId, "until " + at(at));
    }

    void streetOfficesSet(long streetId, StreetOffices offices, long adminId) {
        append(STREET_OFFICES_SET, "street", streetId, adminId, "default office " + offices.defaultOfficeId() + ", coordinator office "
                + offices.coordinatorOfficeId() + ", accept within " + offices.responseHours() + " h, resolve within "
                + offices.resolutionDays() + " days");
    }

    private void append(String kind, String objectType, long objectId, long adminId, String payload) {
        audit.append(new AuditRecord(kind, objectType, objectId, "admin:" + adminId, payload));
    }

    /** ISO-8601 to the second, as the chain shows every date. */
    private static String at(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
