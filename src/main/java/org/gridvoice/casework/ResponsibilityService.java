package org.gridvoice.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility list (责任清单). Entries map a category at a place to a lead office with
 * deadlines and a basis; every change is a new version effective from a date, and old versions
 * stay, so a case can always say which version routed it. Routing picks the most specific entry
 * in force (grid, then community, then street); when none matches, the street's default office.
 */
@Service
@Transactional(readOnly = true)
public class ResponsibilityService {

    private record Row(long id, long entryId, long streetId, long categoryId, String placeLevel, long placeId, long leadOfficeId,
                       int responseHours, int resolutionDays, String basis, LocalDateTime effectiveFrom, LocalDateTime effectiveTo,
                       long changedBy, LocalDateTime changedAt) {
    }

    /** Words of a search beyond this many are ignored, so a pasted paragraph cannot build an endless statement. */
    private static final int MAX_TERMS = 6;
    private static final String IN_FORCE = "effective_from <= :now AND (effective_to IS NULL OR effective_to > :now)";

    private final JdbcClient jdbc;
    private final PlaceService places;
    private final OfficeService offices;
    private final CategoryService categories;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    ResponsibilityService(JdbcClient jdbc, PlaceService places, OfficeService offices, CategoryService categories, AccountService accounts,
                          CurrentUser currentUser, InputValidator validator, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.offices = offices;
        this.categories = categories;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * The entries in force now, filtered by a text; paged in SQL. Each word of the text must match
     * something the list shows of an entry: its category (Chinese or English name), its place, its
     * lead office or one of its co-offices, or its basis. So "市政 城管科" finds the street
     * department's municipal entries, and an office finds the entries it only co-handles.
     */
    public Page<Duty> current(String text, Pageable pageable) {
        LocalDateTime now = LocalDateTime.now(clock);
        StringBuilder where = new StringBuilder(IN_FORCE);
        Map<String, Object> params = new HashMap<>(Map.of("now", now));
        List<String> terms = text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.strip().split("\\s+")).distinct().limit(MAX_TERMS).toList();
        if (!terms.isEmpty()) {
            List<CategorySummary> allCategories = categories.activeCategories();
            List<OfficeSummary> allOffices = offices.activeOffices();
            List<GridSummary> allGrids = places.activeGrids();
            List<CommunitySummary> allCommunities = places.activeCommunities();
            List<StreetSummary> allStreets = places.activeStreets();
            for (int n = 0; n < terms.size(); n++) {
                String needle = terms.get(n).toLowerCase(Locale.ROOT);
                where.append(" AND (basis LIKE :like").append(n).append(" ESCAPE '\\\\' OR category_id IN (:cats").append(n)
                        .append(") OR lead_office_id IN (:offs").append(n)
                        .append(") OR id IN (SELECT duty_id FROM casework_duty_co_office WHERE office_id IN (:offs").append(n)
                        .append(")) OR (place_level = 'GRID' AND place_id IN (:grids").append(n)
                        .append(")) OR (place_level = 'COMMUNITY' AND place_id IN (:communities").append(n)
                        .append(")) OR (place_level = 'STREET' AND place_id IN (:streets").append(n).append(")))");
                params.put("like" + n, org.gridvoice.shared.SqlLike.containing(terms.get(n)));
                params.put("cats" + n, matching(allCategories, c -> c.nameZh() + " " + c.nameEn(), CategorySummary::id, needle));
                params.put("offs" + n, matching(allOffices, OfficeSummary::name, OfficeSummary::id, needle));
                params.put("grids" + n, matching(allGrids, GridSummary::fullName, GridSummary::id, needle));
                params.put("communities" + n, matching(allCommunities, CommunitySummary::name, CommunitySummary::id, needle));
                params.put("streets" + n, matching(allStreets, StreetSummary::name, StreetSummary::id, needle));
            }
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM casework_duty WHERE " + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT * FROM casework_duty WHERE " + where
                        + " ORDER BY category_id, FIELD(place_level, 'GRID', 'COMMUNITY', 'STREET'), place_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query(Row.class).list();
        return new PageImpl<>(named(rows), pageable, total);
    }

    /** Every version of one entry, newest first. */
    public List<Duty> history(Long entryId) {
        return named(jdbc.sql("SELECT * FROM casework_duty WHERE entry_id = :e ORDER BY effective_from DESC, id DESC")
                .param("e", entryId).query(Row.class).list());
    }

    public Optional<Duty> version(Long dutyId) {
        return jdbc.sql("SELECT * FROM casework_duty WHERE id = :id").param("id", dutyId).query(Row.class).optional()
                .map(r -> named(List.of(r)).getFirst());
    }

    /**
     * Adds an entry ({@code entryId} null) or a new version of one, effective from the form's date
     * (not in the past); the version it replaces ends then. Returns the entry id.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Long save(Long entryId, DutyForm form) {
        validator.check(form);
        LocalDateTime now = LocalDateTime.now(clock);
        if (form.effectiveFrom().isBefore(now.minusMinutes(5))) {
            throw InvalidInput.of("effectiveFrom", "casework.error.past");
        }
        Long street = streetOf(form.level(), form.placeId());
        Set<Long> active = offices.activeOffices().stream().map(OfficeSummary::id).collect(Collectors.toSet());
        if (!active.contains(form.leadOfficeId())) {
            throw InvalidInput.of("leadOfficeId", "casework.error.office");
        }
        Set<Long> co = form.coOfficeIds() == null ? Set.of() : new HashSet<>(form.coOfficeIds());
        co.remove(form.leadOfficeId());
        if (!active.containsAll(co)) {
            throw InvalidInput.of("coOfficeIds", "casework.error.office");
        }
        if (categories.activeCategories().stream().noneMatch(c -> c.id().equals(form.categoryId()))) {
            throw InvalidInput.of("categoryId", "casework.error.category");
        }
        Long clash = jdbc.sql("""
                SELECT entry_id FROM casework_duty WHERE category_id = :c AND place_level = :l AND place_id = :p
                  AND (effective_to IS NULL OR effective_to > :from) AND (:entry IS NULL OR entry_id <> :entry) LIMIT 1""")
                .param("c", form.categoryId()).param("l", form.level().name()).param("p", form.placeId())
                .param("from", form.effectiveFrom()).param("entry", entryId).query(Long.class).optional().orElse(null);
        if (clash != null) {
            throw InvalidInput.of("placeId", "casework.error.duplicate-entry");
        }
        if (entryId != null) {
            int open = jdbc.sql("SELECT COUNT(*) FROM casework_duty WHERE entry_id = :e").param("e", entryId).query(Integer.class).single();
            if (open == 0) {
                throw InvalidInput.of(null, "casework.error.not-found");
            }
            // versions still to come or in force end where the new one begins
            jdbc.sql("""
                    UPDATE casework_duty SET effective_to = GREATEST(effective_from, :from)
                    WHERE entry_id = :e AND (effective_to IS NULL OR effective_to > :from)""")
                    .param("from", form.effectiveFrom()).param("e", entryId).update();
        }
        Long id = jdbc.sql("""
                INSERT INTO casework_duty (entry_id, street_id, category_id, place_level, place_id, lead_office_id, response_hours,
                    resolution_days, basis, effective_from, changed_by, changed_at)
                VALUES (COALESCE(:entry, 0), :street, :c, :l, :p, :lead, :rh, :rd, :basis, :from, :by, :now) RETURNING id""")
                .param("entry", entryId).param("street", street).param("c", form.categoryId()).param("l", form.level().name())
                .param("p", form.placeId()).param("lead", form.leadOfficeId()).param("rh", form.responseHours())
                .param("rd", form.resolutionDays()).param("basis", form.basis().strip()).param("from", form.effectiveFrom())
                .param("by", currentUser.requireId()).param("now", now).query(Long.class).single();
        if (entryId == null) {
            jdbc.sql("UPDATE casework_duty SET entry_id = id WHERE id = :id").param("id", id).update();
        }
        for (Long office : co) {
            jdbc.sql("INSERT INTO casework_duty_co_office (duty_id, office_id) VALUES (:d, :o)").param("d", id).param("o", office).update();
        }
        return entryId == null ? id : entryId;
    }

    /** Ends an entry at a date (not in the past); it stays in the history. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retire(Long entryId, LocalDateTime at) {
        if (at == null || at.isBefore(LocalDateTime.now(clock).minusMinutes(5))) {
            throw InvalidInput.of("effectiveFrom", "casework.error.past");
        }
        int ended = jdbc.sql("""
                UPDATE casework_duty SET effective_to = GREATEST(effective_from, :at)
                WHERE entry_id = :e AND (effective_to IS NULL OR effective_to > :at)""").param("at", at).param("e", entryId).update();
        if (ended == 0) {
            throw InvalidInput.of(null, "casework.error.not-found");
        }
    }

    /** Where a case of this category in this grid goes at that moment. */
    public Routing route(Long categoryId, Long gridId, LocalDateTime at) {
        GridSummary grid = places.grid(gridId).orElseThrow(() -> InvalidInput.of(null, "casework.error.not-found"));
        CommunitySummary community = places.community(grid.communityId()).orElseThrow();
        Optional<Row> match = jdbc.sql("""
                SELECT * FROM casework_duty WHERE category_id = :c AND effective_from <= :now AND (effective_to IS NULL OR effective_to > :now)
                  AND ((place_level = 'GRID' AND place_id = :g) OR (place_level = 'COMMUNITY' AND place_id = :m)
                       OR (place_level = 'STREET' AND place_id = :s))
                ORDER BY FIELD(place_level, 'GRID', 'COMMUNITY', 'STREET') LIMIT 1""")
                .param("c", categoryId).param("now", at).param("g", gridId).param("m", community.id()).param("s", community.streetId())
                .query(Row.class).optional();
        if (match.isPresent()) {
            Row r = match.get();
            return new Routing(r.leadOfficeId(), coOffices(List.of(r.id())).getOrDefault(r.id(), Set.of()), r.responseHours(),
                    r.resolutionDays(), r.id(), false, r.basis());
        }
        StreetOffices street = streetOffices(community.streetId()).orElseThrow(() -> InvalidInput.of(null, "casework.error.no-default"));
        return new Routing(street.defaultOfficeId(), Set.of(), street.responseHours(), street.resolutionDays(), null, true, null);
    }

    public Optional<StreetOffices> streetOffices(Long streetId) {
        return jdbc.sql("""
                SELECT default_office_id, coordinator_office_id, default_response_hours AS response_hours,
                    default_resolution_days AS resolution_days
                FROM casework_street_office WHERE street_id = :s""").param("s", streetId).query(StreetOffices.class).optional();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setStreetOffices(Long streetId, StreetOffices form) {
        validator.check(form);
        Set<Long> active = offices.activeOffices().stream().map(OfficeSummary::id).collect(Collectors.toSet());
        if (!active.contains(form.defaultOfficeId())) {
            throw InvalidInput.of("defaultOfficeId", "casework.error.office");
        }
        if (!active.contains(form.coordinatorOfficeId())) {
            throw InvalidInput.of("coordinatorOfficeId", "casework.error.office");
        }
        jdbc.sql("""
                INSERT INTO casework_street_office (street_id, default_office_id, coordinator_office_id, default_response_hours,
                    default_resolution_days) VALUES (:s, :d, :c, :rh, :rd)
                ON DUPLICATE KEY UPDATE default_office_id = :d, coordinator_office_id = :c, default_response_hours = :rh,
                    default_resolution_days = :rd""")
                .param("s", streetId).param("d", form.defaultOfficeId()).param("c", form.coordinatorOfficeId())
                .param("rh", form.responseHours()).param("rd", form.resolutionDays()).update();
    }

    private Long streetOf(PlaceLevel level, Long placeId) {
        return switch (level) {
            case GRID -> places.grid(placeId).flatMap(g -> places.community(g.communityId())).map(CommunitySummary::streetId)
                    .orElseThrow(() -> InvalidInput.of("placeId", "casework.error.place"));
            case COMMUNITY -> places.community(placeId).map(CommunitySummary::streetId)
                    .orElseThrow(() -> InvalidInput.of("placeId", "casework.error.place"));
            case STREET -> places.activeStreets().stream().filter(s -> s.id().equals(placeId)).findFirst().map(StreetSummary::id)
                    .orElseThrow(() -> InvalidInput.of("placeId", "casework.error.place"));
        };
    }

    private Map<Long, Set<Long>> coOffices(List<Long> dutyIds) {
        Map<Long, Set<Long>> co = new HashMap<>();
        if (!dutyIds.isEmpty()) {
            jdbc.sql("SELECT duty_id, office_id FROM casework_duty_co_office WHERE duty_id IN (:ids)").param("ids", dutyIds)
                    .query((rs, n) -> co.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2))).list();
        }
        return co;
    }

    // names come from the place and account modules in a bounded number of calls, whatever the page size
    private List<Duty> named(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> co = coOffices(rows.stream().map(Row::id).toList());
        Set<Long> officeIds = new HashSet<>();
        rows.forEach(r -> officeIds.add(r.leadOfficeId()));
        co.values().forEach(officeIds::addAll);
        Map<Long, String> officeNames = offices.officesOf(officeIds).stream().collect(Collectors.toMap(OfficeSummary::id, OfficeSummary::name));
        Map<Long, CategorySummary> cats = categories.activeCategories().stream().collect(Collectors.toMap(CategorySummary::id, c -> c));
        Map<Long, String> grids = places.gridsOf(rows.stream().filter(r -> r.placeLevel().equals("GRID")).map(Row::placeId).toList())
                .stream().collect(Collectors.toMap(GridSummary::id, GridSummary::fullName));
        Map<Long, String> communities = places.communitiesOf(rows.stream().filter(r -> r.placeLevel().equals("COMMUNITY"))
                .map(Row::placeId).toList()).stream().collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        Map<Long, String> streets = places.activeStreets().stream().collect(Collectors.toMap(StreetSummary::id, StreetSummary::name));
        Map<Long, String> people = accounts.displayNames(rows.stream().map(Row::changedBy).collect(Collectors.toSet()));
        List<Duty> duties = new ArrayList<>();
        for (Row r : rows) {
            CategorySummary cat = cats.get(r.categoryId());
            PlaceLevel level = PlaceLevel.valueOf(r.placeLevel());
            String place = switch (level) {
                case GRID -> grids.get(r.placeId());
                case COMMUNITY -> communities.get(r.placeId());
                case STREET -> streets.get(r.placeId());
            };
            duties.add(new Duty(r.id(), r.entryId(), r.categoryId(), cat == null ? "" : cat.nameZh(), cat == null ? "" : cat.nameEn(), level,
                    r.placeId(), place == null ? "" : place, r.leadOfficeId(), officeNames.getOrDefault(r.leadOfficeId(), ""),
                    co.getOrDefault(r.id(), Set.of()).stream().sorted().map(officeNames::get).toList(), r.responseHours(),
                    r.resolutionDays(), r.basis(), r.effectiveFrom(), r.effectiveTo(), people.get(r.changedBy()), r.changedAt()));
        }
        return duties;
    }

    /** The ids of the reference rows whose shown name contains the (lower-case) needle; {-1} when none, for a valid IN list. */
    private static <T> Set<Long> matching(List<T> rows, java.util.function.Function<T, String> name, java.util.function.Function<T, Long> id,
                                          String needle) {
        return orNone(rows.stream().filter(r -> name.apply(r).toLowerCase(Locale.ROOT).contains(needle)).map(id).collect(Collectors.toSet()));
    }

    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
