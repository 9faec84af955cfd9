package org.gridvoice.account;

import java.util.List;
import java.util.Map;

/** One part of what GridVoice holds about a user: its title key and its items (field name to value). */
public record PersonalDataSection(String key, List<Map<String, Object>> items) {

    public PersonalDataSection {
        items = List.copyOf(items);
    }
}
