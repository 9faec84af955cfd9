package org.gridvoice.attestation.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.stereotype.Component;

/**
 * Staff entries as personal data: the resident's download has the entries made for them (with their
 * wording), a staff member's the entries they made (without the wording); erasing drops the
 * resident's wording and reasons and ends what was pending; the audit chain keeps its ids.
 */
@Component
class EntryPersonalData implements PersonalDataHolder {

    private final EntryStore entries;
    private final Clock clock;

    EntryPersonalData(EntryStore entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public String sectionKey() {
        return "attest.privacy.section";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return entries.concerning(userId).stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            boolean asResident = r.residentId() == userId;
            item.put("id", r.id());
            item.put("role", asResident ? "resident" : "staff");
            item.put("kind", r.kind());
            item.put("status", r.status());
            item.put("createdAt", r.createdAt());
            item.put("decidedAt", r.decidedAt());
            item.put("method", r.method());
            if (asResident) {
                item.put("wording", r.payload());
                item.put("rejectReason", r.rejectReason());
            }
            return item;
        }).toList();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        entries.eraseFor(userId, LocalDateTime.now(clock));
    }
}
