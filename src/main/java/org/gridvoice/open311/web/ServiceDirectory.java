package org.gridvoice.open311.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** What the API's arguments name: a jurisdiction_id is a street's code, a service_code a category's code. Unknown ones are 404. */
@Component
class ServiceDirectory {

    private final CategoryService categories;
    private final PlaceService places;

    ServiceDirectory(CategoryService categories, PlaceService places) {
        this.categories = categories;
        this.places = places;
    }

    /** None (the whole installation) or the street whose code it is. */
    Optional<StreetSummary> street(String jurisdiction) {
        if (RequestQuery.blank(jurisdiction)) {
            return Optional.empty();
        }
        return Optional.of(places.streetByCode(jurisdiction.strip())
                .orElseThrow(() -> GeoReportError.notFound("open311.error.jurisdiction-unknown", jurisdiction.strip())));
    }

    /** A category requests may be filed in. */
    CategorySummary activeCategory(String code) {
        return categories.activeCategories().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> GeoReportError.notFound("open311.error.service-code-unknown", code));
    }

    java.util.List<CategorySummary> activeCategories() {
        return categories.activeCategories();
    }

    /** Every code cases may carry, retired categories' too. */
    Set<String> allCodes() {
        return categories.categories(Pageable.unpaged()).stream().map(CategorySummary::code).collect(Collectors.toSet());
    }
}
