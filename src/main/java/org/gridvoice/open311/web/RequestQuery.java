package org.gridvoice.open311.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gridvoice.casework.CaseFeedFilter;

/**
 * The arguments of GET Service Requests turned into a feed filter, refusing bad ones with 400:
 * service_request_id (comma list, overrides the others), service_code (comma list), start_date and
 * end_date (w3 format with an offset, at most 90 days apart; the most recent 90 days by default),
 * status (open, closed; comma list), and the paging extension page (from 1) and page_size (at most
 * {@value #MAX_PAGE_SIZE}, the default).
 */
final class RequestQuery {

    static final int MAX_PAGE_SIZE = 200;
    static final Duration SPAN = Duration.ofDays(90);

    private RequestQuery() {
    }

    static CaseFeedFilter parse(String ids, String codes, String start, String end, String status, String page, String pageSize,
                                Long streetId, Set<String> knownCodes, Clock clock) {
        int pageNo = positive(page, 1, Integer.MAX_VALUE, "page");
        int size = positive(pageSize, MAX_PAGE_SIZE, MAX_PAGE_SIZE, "page_size");
        if (!blank(ids)) {
            List<Long> list = new ArrayList<>();
            for (String id : commaList(ids)) {
                try {
                    list.add(Long.parseLong(id));
                } catch (NumberFormatException e) {
                    throw GeoReportError.badRequest("open311.error.bad-parameter", "service_request_id");
                }
            }
            if (list.size() > MAX_PAGE_SIZE) {
                throw GeoReportError.badRequest("open311.error.too-many-ids", MAX_PAGE_SIZE);
            }
            return new CaseFeedFilter(list, streetId, List.of(), null, null, null, 1, MAX_PAGE_SIZE);
        }
        List<String> serviceCodes = blank(codes) ? List.of() : commaList(codes);
        for (String code : serviceCodes) {
            if (!knownCodes.contains(code)) {
                throw GeoReportError.notFound("open311.error.service-code-unknown", code);
            }
        }
        ZoneId zone = clock.getZone();
        LocalDateTime from = blank(start) ? null : date(start, "start_date", zone);
        LocalDateTime to = blank(end) ? null : date(end, "end_date", zone);
        if (from == null && to == null) {
            to = LocalDateTime.now(clock);
            from = to.minus(SPAN);
        } else if (from == null) {
            from = to.minus(SPAN);
        } else if (to == null) {
            to = from.plus(SPAN);
        }
        if (from.isAfter(to)) {
            throw GeoReportError.badRequest("open311.error.dates-reversed");
        }
        if (Duration.between(from, to).compareTo(SPAN) > 0) {
            throw GeoReportError.badRequest("open311.error.span-too-long");
        }
        return new CaseFeedFilter(List.of(), streetId, serviceCodes, from, to, open(status), pageNo, size);
    }

    /** open → true, closed → false, both or none → null. */
    private static Boolean open(String status) {
        if (blank(status)) {
            return null;
        }
        boolean open = false;
        boolean closed = false;
        for (String s : commaList(status)) {
            switch (s) {
                case "open" -> open = true;
                case "closed" -> closed = true;
                default -> throw GeoReportError.badRequest("open311.error.bad-status", s);
            }
        }
        return open == closed ? null : open;
    }

    private static LocalDateTime date(String text, String name, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text.strip()).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw GeoReportError.badRequest("open311.error.bad-date", name);
        }
    }

    private static int positive(String text, int fallback, int max, String name) {
        if (blank(text)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw max == Integer.MAX_VALUE ? GeoReportError.badRequest("open311.error.bad-parameter", name)
                : GeoReportError.badRequest("open311.error.bad-page-size", max);
    }

    static List<String> commaList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
