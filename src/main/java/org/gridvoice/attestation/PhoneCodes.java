package org.gridvoice.attestation;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.gridvoice.attestation.domain.CodeStore;
import org.gridvoice.attestation.domain.EntryStore;
import org.gridvoice.shared.validation.InvalidInput;

/** The one rule for a phone code, whoever types it: the newest, unused, within 10 minutes, fewer than 5 wrong tries. */
final class PhoneCodes {

    private PhoneCodes() {
    }

    static <T> T check(CodeStore codes, EntryStore.Row row, String typed, LocalDateTime now, Supplier<T> onMatch) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInput.of("code", "validation.required");
        }
        CodeStore.Code code = codes.latest(row.id(), CodeStore.PHONE).filter(c -> c.usedAt() == null && c.expiresAt().isAfter(now))
                .orElseThrow(() -> InvalidInput.of("code", "attest.error.code-expired"));
        if (code.tries() >= StaffEntryService.PHONE_CODE_TRIES) {
            throw InvalidInput.of("code", "attest.error.code-tries");
        }
        if (!code.codeHash().equals(CodeStore.phoneHash(row.id(), typed))) {
            codes.countTry(code.id());
            int left = StaffEntryService.PHONE_CODE_TRIES - code.tries() - 1;
            throw left > 0 ? InvalidInput.of("code", "attest.error.code-wrong", left) : InvalidInput.of("code", "attest.error.code-tries");
        }
        codes.used(code.id(), now);
        return onMatch.get();
    }
}
