package org.gridvoice.account;

import java.util.List;
import java.util.Map;

/** One part of what GridVoice holds about a user: its title key and its items (field name to value). */
public record PersonalDataSection(String key, List<Map<String, Object>> items) {

    public PersonalDataSection {
        items = items.stream().map(PersonalDataSection::readable).toList();
    }

    // SQL timestamps become date-times, so the download shows them as ISO text rather than epoch numbers
    private static Map<String, Object> readable(Map<String, Object> item) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        item.forEach((k, v) -> copy.put(k, v instanceof java.sql.Timestamp t ? t.toLocalDateTime() : v));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
