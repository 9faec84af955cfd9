package org.gridvoice.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.casework.CaseFeedItem;
import org.gridvoice.casework.CaseFeedService;
import org.gridvoice.open311.ApiClient;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/) at {@code /open311/v2/}: the
 * categories as services, residents' requests posted by API clients, and every case as a service
 * request. Each resource in .json and .xml. jurisdiction_id is optional; when given it must be a
 * street's code and limits what is shown to that street.
 */
@RestController
@RequestMapping("/open311/v2")
class GeoReportController {

    private static final Logger log = LoggerFactory.getLogger(GeoReportController.class);
    /** The filing service's field names as the spec names the arguments. */
    private static final Map<String, String> SPEC_NAMES = Map.of("address", "address_string", "latitude", "lat", "longitude", "long",
            "categoryId", "service_code", "mediaUrl", "media_url", "name", "first_name");

    private final CategoryService categories;
    private final PlaceService places;
    private final CaseFeedService cases;
    private final ServiceRequestFields fields;
    private final RequestFiler filer;
    private final GeoReportWriter writer;
    private final Messages messages;
    private final Clock clock;

    GeoReportController(CategoryService categories, PlaceService places, CaseFeedService cases, ServiceRequestFields fields,
                        RequestFiler filer, GeoReportWriter writer, Messages messages, Clock clock) {
        this.categories = categories;
        this.places = places;
        this.cases = cases;
        this.fields = fields;
        this.filer = filer;
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                    HttpServletRequest request) {
        GeoReportFormat f = format(format);
        street(jurisdiction);
        Locale locale = OpenLocale.of(request);
        List<Map<String, Object>> services = categories.activeCategories().stream().map(c -> service(c, locale)).toList();
        return writer.list(HttpStatus.OK, f, "services", "service", services);
    }

    @GetMapping("/services/{file}")
    ResponseEntity<String> definition(@PathVariable String file, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        GeoReportFormat f = formatOf(file);
        street(jurisdiction);
        String code = file.substring(0, file.lastIndexOf('.'));
        CategorySummary category = activeCategory(code);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        // no category asks for more than the standard fields: metadata is false and there are no attributes
        definition.put("attributes", new GeoReportWriter.Items("attribute", List.of()));
        return writer.object(f, "service_definition", definition);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                                    HttpServletRequest request) {
        GeoReportFormat f = format(format);
        Long street = street(params.getFirst("jurisdiction_id")).map(StreetSummary::id).orElse(null);
        Set<String> known = categories.categories(Pageable.unpaged()).stream().map(CategorySummary::code).collect(Collectors.toSet());
        var filter = RequestQuery.parse(joined(params, "service_request_id"), joined(params, "service_code"), params.getFirst("start_date"),
                params.getFirst("end_date"), joined(params, "status"), params.getFirst("page"), params.getFirst("page_size"), street, known,
                clock);
        Locale locale = OpenLocale.of(request);
        List<Map<String, Object>> found = fields.of(cases.page(filter), locale);
        return writer.list(HttpStatus.OK, f, "service_requests", "request", found);
    }

    @GetMapping("/requests/{file}")
    ResponseEntity<String> request(@PathVariable String file, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                   HttpServletRequest request) {
        GeoReportFormat f = formatOf(file);
        Optional<StreetSummary> street = street(jurisdiction);
        CaseFeedItem item = caseId(file.substring(0, file.lastIndexOf('.'))).flatMap(cases::find)
                .filter(c -> street.isEmpty() || street.get().id() == c.streetId())
                .orElseThrow(() -> GeoReportError.notFound("open311.error.request-unknown"));
        return writer.list(HttpStatus.OK, f, "service_requests", "request", fields.of(List.of(item), OpenLocale.of(request)));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> params, HttpServletRequest request) {
        GeoReportFormat f = format(format);
        ApiClient client = client();
        street(params.get("jurisdiction_id")).filter(s -> s.id() != client.streetId()).ifPresent(s -> {
            throw new GeoReportError(HttpStatus.FORBIDDEN, "open311.error.key-jurisdiction", s.code());
        });
        String code = params.get("service_code");
        if (RequestQuery.blank(code)) {
            throw GeoReportError.badRequest("open311.error.missing", "service_code");
        }
        CategorySummary category = activeCategory(code.strip());
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
        String name = trimmed((nullToEmpty(params.get("first_name")) + " " + nullToEmpty(params.get("last_name"))));
        long id = filer.file(client, new RequestFiler.Filing(category.code(), category.id(), trimmed(params.get("description")), address,
                lat, lon, trimmed(params.get("email")), trimmed(params.get("phone")), name, trimmed(params.get("media_url"))));
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", id);
        created.put("service_notice", cases.find(id).map(c -> fields.notice(c, OpenLocale.of(request))).orElse(null));
        created.put("account_id", null);
        return writer.list(HttpStatus.OK, f, "service_requests", "request", List.of(created));
    }

    /** Any other address under the API: the spec's 404, not the site's error page. */
    @RequestMapping("/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw GeoReportError.notFound("open311.error.no-such-resource");
    }

    @ExceptionHandler(GeoReportError.class)
    ResponseEntity<String> refused(GeoReportError error, HttpServletRequest request) {
        return writer.error(error.status, GeoReportFormat.of(request.getRequestURI()),
                messages.get(OpenLocale.of(request), error.messageKey, error.args));
    }

    /** The filing service's own refusals (too long, bad email …): one error each, 400. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> invalid(InvalidInput refusal, HttpServletRequest request) {
        Locale locale = OpenLocale.of(request);
        List<Map<String, Object>> errors = new ArrayList<>();
        refusal.problems().forEach(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", 400);
            String field = p.field() == null ? null : SPEC_NAMES.getOrDefault(p.field(), p.field());
            error.put("description", (field == null ? "" : field + ": ") + messages.get(locale, p.messageKey(), p.args()));
            errors.add(error);
        });
        return writer.list(HttpStatus.BAD_REQUEST, GeoReportFormat.of(request.getRequestURI()), "errors", "error", errors);
    }

    /** The spec's "general service error": logged for us, a plain 400 for the client. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException failure, HttpServletRequest request) {
        log.error("Open311 request {} failed", request.getRequestURI(), failure);
        return writer.error(HttpStatus.BAD_REQUEST, GeoReportFormat.of(request.getRequestURI()),
                messages.get(OpenLocale.of(request), "open311.error.general"));
    }

    private Map<String, Object> service(CategorySummary category, Locale locale) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("service_code", category.code());
        service.put("service_name", category.name(locale));
        service.put("description", messages.get(locale, "open311.service.description", category.name(locale)));
        service.put("metadata", false);
        service.put("type", "realtime");
        service.put("keywords", String.join(", ", category.nameZh(), category.nameEn()));
        service.put("group", null);
        return service;
    }

    /** The spec lets service_code and status (and we service_request_id) be declared several times as well as comma delimited. */
    private static String joined(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : String.join(",", values);
    }

    private CategorySummary activeCategory(String code) {
        return categories.activeCategories().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> GeoReportError.notFound("open311.error.service-code-unknown", code));
    }

    /** jurisdiction_id: none (the whole installation) or a street's code; any other is 404. */
    private Optional<StreetSummary> street(String jurisdiction) {
        if (RequestQuery.blank(jurisdiction)) {
            return Optional.empty();
        }
        return Optional.of(places.streetByCode(jurisdiction.strip())
                .orElseThrow(() -> GeoReportError.notFound("open311.error.jurisdiction-unknown", jurisdiction.strip())));
    }

    private static ApiClient client() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ApiClient client) {
            return client;
        }
        throw new GeoReportError(HttpStatus.FORBIDDEN, "open311.error.key-invalid");
    }

    private static GeoReportFormat format(String suffix) {
        if (!GeoReportFormat.known(suffix)) {
            throw GeoReportError.notFound("open311.error.no-such-resource");
        }
        return GeoReportFormat.valueOf(suffix.toUpperCase(Locale.ROOT));
    }

    /** {@code 12.json} → JSON; a last segment without a known suffix is not a resource. */
    private static GeoReportFormat formatOf(String file) {
        int dot = file.lastIndexOf('.');
        return format(dot < 1 ? "" : file.substring(dot + 1));
    }

    private static Optional<Long> caseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
