package org.gridvoice.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridvoice.casework.CaseFeedItem;
import org.gridvoice.casework.CaseFeedService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2/) at {@code /open311/v2/}, the reading
 * half: the categories as services and every case as a service request, each resource in .json and
 * .xml, open to all. jurisdiction_id is optional; when given it must be a street's code and limits
 * what is shown to that street. Filing is {@link GeoReportFilingController}.
 */
@RestController
@RequestMapping("/open311/v2")
class GeoReportController {

    private final ServiceDirectory directory;
    private final CaseFeedService cases;
    private final ServiceRequestFields fields;
    private final GeoReportWriter writer;
    private final Messages messages;
    private final Clock clock;
    private final RequestsCache answers;

    GeoReportController(ServiceDirectory directory, CaseFeedService cases, ServiceRequestFields fields, GeoReportWriter writer,
                        Messages messages, Clock clock, RequestsCache answers) {
        this.directory = directory;
        this.cases = cases;
        this.fields = fields;
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
        this.answers = answers;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                    HttpServletRequest request) {
        GeoReportFormat f = GeoReportFormat.ofSuffix(format);
        directory.street(jurisdiction);
        Locale locale = OpenLocale.of(request);
        List<Map<String, Object>> services = directory.activeCategories().stream().map(c -> service(c, locale)).toList();
        return writer.list(HttpStatus.OK, f, "services", "service", services);
    }

    @GetMapping("/services/{file}")
    ResponseEntity<String> definition(@PathVariable String file, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        GeoReportFormat f = GeoReportFormat.ofFile(file);
        directory.street(jurisdiction);
        CategorySummary category = directory.activeCategory(GeoReportFormat.name(file));
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        // no category asks for more than the standard fields: metadata is false and there are no attributes
        definition.put("attributes", new GeoReportWriter.Items("attribute", List.of()));
        return writer.object(f, "service_definition", definition);
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
                                    HttpServletRequest request) {
        GeoReportFormat f = GeoReportFormat.ofSuffix(format);
        Locale locale = OpenLocale.of(request);
        return answers.get(RequestsCache.key(request, f, locale), () -> {
            Long street = directory.street(params.getFirst("jurisdiction_id")).map(StreetSummary::id).orElse(null);
            var filter = RequestQuery.parse(joined(params, "service_request_id"), joined(params, "service_code"),
                    params.getFirst("start_date"), params.getFirst("end_date"), joined(params, "status"), params.getFirst("page"),
                    params.getFirst("page_size"), street, directory.allCodes(), clock);
            return writer.list(HttpStatus.OK, f, "service_requests", "request", fields.of(cases.page(filter), locale));
        });
    }

    @GetMapping("/requests/{file}")
    ResponseEntity<String> request(@PathVariable String file, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                   HttpServletRequest request) {
        GeoReportFormat f = GeoReportFormat.ofFile(file);
        Optional<StreetSummary> street = directory.street(jurisdiction);
        CaseFeedItem item = caseId(GeoReportFormat.name(file)).flatMap(cases::find)
                .filter(c -> street.isEmpty() || street.get().id() == c.streetId())
                .orElseThrow(() -> GeoReportError.notFound("open311.error.request-unknown"));
        return writer.list(HttpStatus.OK, f, "service_requests", "request", fields.of(List.of(item), OpenLocale.of(request)));
    }

    /** Any other address under the API: the spec's 404, not the site's error page. */
    @RequestMapping("/**")
    ResponseEntity<String> unknown() {
        throw GeoReportError.notFound("open311.error.no-such-resource");
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

    /** The spec lets service_code and status (and here service_request_id) be declared several times as well as comma delimited. */
    private static String joined(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : String.join(",", values);
    }

    private static Optional<Long> caseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
