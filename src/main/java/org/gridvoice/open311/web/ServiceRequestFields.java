package org.gridvoice.open311.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridvoice.casework.CaseFeedItem;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * A case as a GeoReport v2 service request, field by field in the spec's order. Only what the case
 * shows publicly: never the author's or anyone's name or contact. Times carry the app's offset.
 */
@Component
class ServiceRequestFields {

    /** The spec limits a description to 4,000 characters. */
    static final int DESCRIPTION_LIMIT = 4000;

    private final Messages messages;
    private final CaseMedia media;
    private final ZoneId zone;

    ServiceRequestFields(Messages messages, CaseMedia media, java.time.Clock clock) {
        this.messages = messages;
        this.media = media;
        this.zone = clock.getZone();
    }

    /** The cases of a page, their photos looked up together. */
    List<Map<String, Object>> of(List<CaseFeedItem> items, Locale locale) {
        Map<Long, String> photos = media.urls(items.stream().map(CaseFeedItem::id).toList());
        return items.stream().map(item -> of(item, locale, photos.get(item.id()))).toList();
    }

    private Map<String, Object> of(CaseFeedItem item, Locale locale, String mediaUrl) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("service_request_id", item.id());
        fields.put("status", item.status().open() ? "open" : "closed");
        fields.put("status_notes", item.statusNotes());
        fields.put("service_name", Messages.CHINESE.equals(locale) ? item.categoryZh() : item.categoryEn());
        fields.put("service_code", item.categoryCode());
        fields.put("description", description(item));
        fields.put("agency_responsible", item.officeName());
        fields.put("service_notice", notice(item, locale));
        fields.put("requested_datetime", w3(item.requestedAt()));
        fields.put("updated_datetime", w3(item.updatedAt()));
        fields.put("expected_datetime", w3(item.expectedAt() != null ? item.expectedAt() : item.resolutionDueAt()));
        fields.put("address", item.address());
        fields.put("address_id", null);
        fields.put("zipcode", null);
        fields.put("lat", item.latitude());
        fields.put("long", item.longitude());
        fields.put("media_url", mediaUrl);
        return fields;
    }

    /** The resolution deadline in words, in the language asked. */
    String notice(CaseFeedItem item, Locale locale) {
        if (item.resolutionDueAt() == null) {
            return null;
        }
        String due = item.resolutionDueAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return messages.get(locale, "open311.notice.due", due);
    }

    /** A proposal's case: its title, then its Markdown text as written; a request: the resident's plain text. */
    private static String description(CaseFeedItem item) {
        String text = item.fromProposal() && item.title() != null ? item.title() + "\n\n" + nullToEmpty(item.body()) : item.body();
        if (text == null) {
            return null;
        }
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }

    String w3(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
