package org.gridvoice.responsibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.responsibility.domain.ResponsibilityStore.SearchTerm;
import org.gridvoice.responsibility.domain.ResponsibilityStore.Version;
import org.gridvoice.shared.SqlLike;
import org.springframework.stereotype.Component;

/**
 * The names the list shows for the ids it stores (categories, places, offices, who changed an entry),
 * looked up in a bounded number of calls whatever the page size; and, the other way, which ids a
 * searched word names.
 */
@Component
class ResponsibilityNames {

    /** Words of a search beyond this many are ignored, so a pasted paragraph cannot build an endless statement. */
    private static final int MAX_TERMS = 6;

    private final PlaceService places;
    private final OfficeService offices;
    private final CategoryService categories;
    private final AccountService accounts;

    ResponsibilityNames(PlaceService places, OfficeService offices, CategoryService categories, AccountService accounts) {
        this.places = places;
        this.offices = offices;
        this.categories = categories;
        this.accounts = accounts;
    }

    /** Each word of the text as a search term: what it may match in the basis, and the ids whose shown name contains it. */
    List<SearchTerm> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = Arrays.stream(text.strip().split("\\s+")).distinct().limit(MAX_TERMS).toList();
        List<CategorySummary> allCategories = categories.activeCategories();
        List<OfficeSummary> allOffices = offices.activeOffices();
        List<GridSummary> allGrids = places.activeGrids();
        List<CommunitySummary> allCommunities = places.activeCommunities();
        List<StreetSummary> allStreets = places.activeStreets();
        return words.stream().map(word -> {
            String needle = word.toLowerCase(Locale.ROOT);
            return new SearchTerm(SqlLike.containing(word),
                    matching(allCategories, c -> c.nameZh() + " " + c.nameEn(), CategorySummary::id, needle),
                    matching(allOffices, OfficeSummary::name, OfficeSummary::id, needle),
                    matching(allGrids, GridSummary::fullName, GridSummary::id, needle),
                    matching(allCommunities, CommunitySummary::name, CommunitySummary::id, needle),
                    matching(allStreets, StreetSummary::name, StreetSummary::id, needle));
        }).toList();
    }

    /** The versions with the names to show; {@code co} holds each version's co-handling offices. */
    List<Responsibility> named(List<Version> rows, Map<Long, Set<Long>> co) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> officeIds = new HashSet<>();
        rows.forEach(r -> officeIds.add(r.leadOfficeId()));
        co.values().forEach(officeIds::addAll);
        Map<Long, String> officeNames = offices.officesOf(officeIds).stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        Map<Long, CategorySummary> cats = categories.activeCategories().stream().collect(Collectors.toMap(CategorySummary::id, c -> c));
        Map<Long, String> grids = places.gridsOf(idsAt(rows, PlaceLevel.GRID)).stream()
                .collect(Collectors.toMap(GridSummary::id, GridSummary::fullName));
        Map<Long, String> communities = places.communitiesOf(idsAt(rows, PlaceLevel.COMMUNITY)).stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        Map<Long, String> streets = places.activeStreets().stream().collect(Collectors.toMap(StreetSummary::id, StreetSummary::name));
        Map<Long, String> people = accounts.displayNames(rows.stream().map(Version::changedBy).collect(Collectors.toSet()));
        List<Responsibility> named = new ArrayList<>();
        for (Version r : rows) {
            CategorySummary cat = cats.get(r.categoryId());
            String place = switch (r.placeLevel()) {
                case GRID -> grids.get(r.placeId());
                case COMMUNITY -> communities.get(r.placeId());
                case STREET -> streets.get(r.placeId());
            };
            named.add(new Responsibility(r.id(), r.entryId(), r.categoryId(), cat == null ? "" : cat.nameZh(), cat == null ? "" : cat.nameEn(),
                    r.placeLevel(), r.placeId(), place == null ? "" : place, r.leadOfficeId(), officeNames.getOrDefault(r.leadOfficeId(), ""),
                    co.getOrDefault(r.id(), Set.of()).stream().sorted().map(officeNames::get).toList(), r.responseHours(),
                    r.resolutionDays(), r.basis(), r.effectiveFrom(), r.effectiveTo(), people.get(r.changedBy()), r.changedAt()));
        }
        return named;
    }

    private static List<Long> idsAt(List<Version> rows, PlaceLevel level) {
        return rows.stream().filter(r -> r.placeLevel() == level).map(Version::placeId).toList();
    }

    /** The ids of the reference rows whose shown name contains the (lower-case) needle. */
    private static <T> Set<Long> matching(List<T> rows, Function<T, String> name, Function<T, Long> id, String needle) {
        return rows.stream().filter(r -> name.apply(r).toLowerCase(Locale.ROOT).contains(needle)).map(id).collect(Collectors.toSet());
    }
}
