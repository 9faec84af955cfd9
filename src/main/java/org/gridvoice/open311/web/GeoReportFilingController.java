package org.gridvoice.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.casework.CaseFeedService;
import org.gridvoice.open311.ApiClient;
import org.gridvoice.place.CategorySummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST Service Request: an API client (its key checked by {@link ApiKeyFilter}) files a resident's
 * request, which becomes a case at once (realtime: the answer is the case's id). The person's name
 * and contact go to the request module for staff only; device_id, account_id and attributes are ignored.
 */
@RestController
class GeoReportFilingController {

    private final ServiceDirectory directory;
    private final RequestFiler filer;
    private final CaseFeedService cases;
    private final ServiceRequestFields fields;
    private final GeoReportWriter writer;

    GeoReportFilingController(ServiceDirectory directory, RequestFiler filer, CaseFeedService cases, ServiceRequestFields fields,
                              GeoReportWriter writer) {
        this.directory = directory;
        this.filer = filer;
        this.cases = cases;
        this.fields = fields;
        this.writer = writer;
    }

    @PostMapping("/open311/v2/requests.{format}")
    ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> params, HttpServletRequest request) {
        GeoReportFormat f = GeoReportFormat.ofSuffix(format);
        ApiClient client = client();
        directory.street(params.get("jurisdiction_id")).filter(s -> s.id() != client.streetId()).ifPresent(s -> {
            throw new GeoReportError(HttpStatus.FORBIDDEN, "open311.error.key-jurisdiction", s.code());
        });
        String code = params.get("service_code");
        if (RequestQuery.blank(code)) {
            throw GeoReportError.badRequest("open311.error.missing", "service_code");
        }
        CategorySummary category = directory.activeCategory(code.strip());
        BigDecimal lat = coordinate(params.get("lat"), "lat", 90);
        BigDecimal lon = coordinate(params.get("long"), "long", 180);
        String address = trimmed(params.get("address_string"));
        if ((lat == null) != (lon == null)) {
            throw GeoReportError.badRequest("open311.error.lat-long-pair");
        }
        if (lat == null && address == null) {
            throw GeoReportError.badRequest(RequestQuery.blank(params.get("address_id")) ? "open311.error.location-missing"
                    : "open311.error.address-id-unsupported");
        }
        String name = trimmed(nullToEmpty(params.get("first_name")) + " " + nullToEmpty(params.get("last_name")));
        long id = filer.file(client, new RequestFiler.Filing(category.code(), category.id(), trimmed(params.get("description")), address,
                lat, lon, trimmed(params.get("email")), trimmed(params.get("phone")), name, trimmed(params.get("media_url"))));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", id);
        created.put("service_notice", cases.find(id).map(c -> fields.notice(c, OpenLocale.of(request))).orElse(null));
        created.put("account_id", null);
        return writer.list(HttpStatus.OK, f, "service_requests", "request", List.of(created));
    }

    private static ApiClient client() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ApiClient client) {
            return client;
        }
        throw new GeoReportError(HttpStatus.FORBIDDEN, "open311.error.key-invalid");
    }

    private static BigDecimal coordinate(String text, String name, int bound) {
        if (RequestQuery.blank(text)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.abs().compareTo(BigDecimal.valueOf(bound)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw GeoReportError.badRequest("open311.error.bad-parameter", name);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
