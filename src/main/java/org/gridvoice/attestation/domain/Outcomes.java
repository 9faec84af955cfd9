package org.gridvoice.attestation.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.AccountService;
import org.gridvoice.attestation.AttestableKind;
import org.gridvoice.attestation.AttestationMethod;
import org.gridvoice.attestation.EntrySummary;
import org.gridvoice.attestation.PublicEntry;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * What happens to an entry once the resident has spoken, whichever way they did: attested (the
 * content module creates the item as theirs) or rejected (withdrawn, the reason kept); each on the
 * audit chain with ids and the resident's pseudonym only. Also the entries' summaries for screens.
 */
@Component
public class Outcomes {

    /** Pseudonyms of residents on the chain are of this context. */
    public static final String CONTEXT = "attestation";

    private final EntryStore entries;
    private final Kinds kinds;
    private final AuditLog audit;
    private final AccountService accounts;
    private final Clock clock;

    Outcomes(EntryStore entries, Kinds kinds, AuditLog audit, AccountService accounts, Clock clock) {
        this.entries = entries;
        this.kinds = kinds;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The entry locked, if it still waits for the resident; InvalidInput otherwise. */
    public EntryStore.Row pending(long entryId) {
        EntryStore.Row row = entries.lock(entryId).orElseThrow(() -> InvalidInput.of(null, "attest.error.not-found"));
        if (!row.pendingAt(LocalDateTime.now(clock))) {
            throw InvalidInput.of(null, "attest.error.not-pending");
        }
        return row;
    }

    public AttestableKind.Created attest(EntryStore.Row row, AttestationMethod method, Long witnessId) {
        AttestableKind.Created created = kinds.of(row.kind()).create(row.residentId(), row.staffId(), row.payload());
        entries.attested(row.id(), method, witnessId, LocalDateTime.now(clock), created.itemId(), created.route());
        audit.append(new AuditRecord("STAFF_ENTRY_ATTESTED", "attestation_entry", row.id(), audit.pseudonym(row.residentId(), CONTEXT),
                "method " + method + "; " + row.kind() + " " + created.itemId() + (witnessId == null ? "" : "; witness staff:" + witnessId)));
        return created;
    }

    public void reject(EntryStore.Row row, AttestationMethod method, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInput.of("reason", "validation.too-long", 500);
        }
        entries.rejected(row.id(), method, reason.strip(), LocalDateTime.now(clock));
        audit.append(new AuditRecord("STAFF_ENTRY_REJECTED", "attestation_entry", row.id(), audit.pseudonym(row.residentId(), CONTEXT),
                "method " + method + "; reason sha256 " + AuditRecord.textHash(reason.strip())));
    }

    public String wording(EntryStore.Row row, Locale locale) {
        return row.payload() == null ? null : kinds.of(row.kind()).preview(row.payload(), locale);
    }

    public List<EntrySummary> summaries(List<EntryStore.Row> rows, Locale locale, Map<Long, String> phones) {
        Map<Long, String> names = names(rows);
        return rows.stream().map(r -> new EntrySummary(r.id(), r.kind(), r.residentId(), names.get(r.residentId()), r.staffId(),
                names.get(r.staffId()), r.communityId(), wording(r, locale), r.entryStatus(), r.createdAt(), r.expiresAt(), r.decidedAt(),
                r.method() == null ? null : AttestationMethod.valueOf(r.method()), r.rejectReason(), r.itemRoute(),
                PhoneNumbers.mask(phones.get(r.residentId())))).toList();
    }

    public PublicEntry publicEntry(EntryStore.Row row, Locale locale) {
        return new PublicEntry(row.id(), row.kind(), names(List.of(row)).get(row.staffId()), wording(row, locale), row.createdAt(),
                row.expiresAt());
    }

    private Map<Long, String> names(Collection<EntryStore.Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.residentId());
            ids.add(r.staffId());
        });
        return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
    }
}
