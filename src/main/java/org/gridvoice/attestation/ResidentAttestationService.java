package org.gridvoice.attestation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.attestation.domain.CodeStore;
import org.gridvoice.attestation.domain.EntryStore;
import org.gridvoice.attestation.domain.Outcomes;
import org.gridvoice.attestation.domain.SlipThrottle;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the resident does with what staff entered for them: signed in, on their own account; signed
 * out, with the code of a printed slip or the code sent to their phone (any device). Attesting creates the item
 * as theirs; rejecting withdraws the entry and keeps the reason. Slip codes are limited per client
 * address ({@code attest.error.slow-down}); a wrong or spent code stores nothing.
 */
@Service
@Transactional(readOnly = true)
public class ResidentAttestationService {

    private final EntryStore entries;
    private final CodeStore codes;
    private final Outcomes outcomes;
    private final SlipThrottle throttle;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResidentAttestationService(EntryStore entries, CodeStore codes, Outcomes outcomes, SlipThrottle throttle, CurrentUser currentUser,
                               Clock clock) {
        this.entries = entries;
        this.codes = codes;
        this.outcomes = outcomes;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in resident's entries waiting for them, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<PublicEntry> mine(Locale locale) {
        return entries.pendingFor(currentUser.requireId(), LocalDateTime.now(clock)).stream().map(r -> outcomes.publicEntry(r, locale)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttestableKind.Created attestMine(long entryId) {
        return outcomes.attest(own(entryId), AttestationMethod.SIGNED_IN, null);
    }

    /** The signed-in resident's phone code, typed on their own device. Same refusals as staff's read-back. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttestableKind.Created attestMineByCode(long entryId, String code) {
        EntryStore.Row row = own(entryId);
        return PhoneCodes.check(codes, row, code, LocalDateTime.now(clock), () -> outcomes.attest(row, AttestationMethod.PHONE_CODE, null));
    }

    /** Rejects the entry (the wording is not theirs); the reason is required and kept. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rejectMine(long entryId, String reason) {
        outcomes.reject(own(entryId), AttestationMethod.SIGNED_IN, reason);
    }

    /** The entry a slip code opens; InvalidInput {@code attest.error.slip} (unknown, used, expired) or {@code attest.error.slow-down}. */
    public PublicEntry slip(String code, Locale locale) {
        return outcomes.publicEntry(bySlip(code, false), locale);
    }

    @Transactional
    public AttestableKind.Created attestBySlip(String code) {
        EntryStore.Row row = bySlip(code, true);
        return outcomes.attest(row, AttestationMethod.SLIP_CODE, null);
    }

    @Transactional
    public void rejectBySlip(String code, String reason) {
        EntryStore.Row row = bySlip(code, true);
        outcomes.reject(row, AttestationMethod.SLIP_CODE, reason);
    }

    private EntryStore.Row bySlip(String typed, boolean spend) {
        if (typed == null || CodeStore.normaliseSlip(typed).isEmpty()) {
            throw InvalidInput.of("code", "validation.required");
        }
        if (!throttle.allow()) {
            throw InvalidInput.of("code", "attest.error.slow-down");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        CodeStore.Code code = codes.byHash(CodeStore.slipHash(typed))
                .filter(c -> CodeStore.SLIP.equals(c.channel()) && c.usedAt() == null && c.expiresAt().isAfter(now))
                .orElseThrow(() -> InvalidInput.of("code", "attest.error.slip"));
        EntryStore.Row row = spend ? outcomes.pending(code.entryId())
                : entries.find(code.entryId()).filter(r -> r.pendingAt(now)).orElseThrow(() -> InvalidInput.of("code", "attest.error.slip"));
        if (spend) {
            codes.used(code.id(), now);
        }
        return row;
    }

    private EntryStore.Row own(long entryId) {
        EntryStore.Row row = outcomes.pending(entryId);
        if (row.residentId() != currentUser.requireId()) {
            throw new AccessDeniedException("not the resident of this entry");
        }
        return row;
    }
}
