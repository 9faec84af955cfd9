package org.gridvoice.responsibility;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetSummary;
import org.gridvoice.responsibility.domain.ResponsibilityStore;
import org.gridvoice.responsibility.domain.ResponsibilityStore.Version;
import org.gridvoice.responsibility.domain.StreetOfficeStore;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility list (责任清单). Entries map a category at a place to a lead office with
 * deadlines and a basis; every change is a new version effective from a date, and old versions
 * stay, so a case can always say which version routed it. Routing picks the most specific entry
 * in force (grid, then community, then street); when none matches, the street's default office.
 * Every change that alters routing is on the audit chain (see {@link ResponsibilityChain}).
 */
@Service
@Transactional(readOnly = true)
public class ResponsibilityService {

    private final ResponsibilityStore store;
    private final StreetOfficeStore streetOffices;
    private final ResponsibilityNames names;
    private final ResponsibilityChain chain;
    private final PlaceService places;
    private final OfficeService offices;
    private final CategoryService categories;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    ResponsibilityService(ResponsibilityStore store, StreetOfficeStore streetOffices, ResponsibilityNames names, ResponsibilityChain chain,
                          PlaceService places, OfficeService offices, CategoryService categories, CurrentUser currentUser,
                          InputValidator validator, Clock clock) {
        this.store = store;
        this.streetOffices = streetOffices;
        this.names = names;
        this.chain = chain;
        this.places = places;
        this.offices = offices;
        this.categories = categories;
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
    public Page<Responsibility> current(String text, Pageable pageable) {
        Page<Version> page = store.inForce(LocalDateTime.now(clock), names.terms(text), pageable);
        return new PageImpl<>(named(page.getContent()), pageable, page.getTotalElements());
    }

    /** Every version of one entry, newest first. */
    public List<Responsibility> history(Long entryId) {
        return named(store.history(entryId));
    }

    /** One version, such as the one that routed a case ({@link Routing#responsibilityId()}). */
    public Optional<Responsibility> version(Long responsibilityId) {
        return store.version(responsibilityId).map(v -> named(List.of(v)).getFirst());
    }

    /**
     * Adds an entry ({@code entryId} null) or a new version of one, effective from the form's date
     * (not in the past); the versions it replaces end then, and the new version goes on the audit
     * chain. Returns the entry id. Refuses with {@link InvalidInput} an invalid form, a date in the
     * past, an inactive office or category, an unknown place or entry, and a second entry for the
     * same category and place; nothing changes then.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Long save(Long entryId, ResponsibilityForm form) {
        validator.check(form);
        LocalDateTime now = LocalDateTime.now(clock);
        if (form.effectiveFrom().isBefore(now.minusMinutes(5))) {
            throw InvalidInput.of("effectiveFrom", "responsibility.error.past");
        }
        long street = streetOf(form.level(), form.placeId());
        Set<Long> active = activeOffices();
        if (!active.contains(form.leadOfficeId())) {
            throw InvalidInput.of("leadOfficeId", "responsibility.error.office");
        }
        Set<Long> co = form.coOfficeIds() == null ? new HashSet<>() : new HashSet<>(form.coOfficeIds());
        co.remove(form.leadOfficeId());
        if (!active.containsAll(co)) {
            throw InvalidInput.of("coOfficeIds", "responsibility.error.office");
        }
        if (categories.activeCategories().stream().noneMatch(c -> c.id().equals(form.categoryId()))) {
            throw InvalidInput.of("categoryId", "responsibility.error.category");
        }
        if (store.clashingEntry(form.categoryId(), form.level(), form.placeId(), form.effectiveFrom(), entryId).isPresent()) {
            throw InvalidInput.of("placeId", "responsibility.error.duplicate-entry");
        }
        if (entryId != null) {
            if (!store.exists(entryId)) {
                throw InvalidInput.of(null, "responsibility.error.not-found");
            }
            store.end(entryId, form.effectiveFrom());
        }
        long me = currentUser.requireId();
        long version = store.insert(entryId, street, form, co, me, now);
        long entry = entryId == null ? version : entryId;
        chain.published(entry, version, form, co, me);
        return entry;
    }

    /**
     * Ends an entry at a date (not in the past); it stays in the history, and the end goes on the
     * audit chain. Refuses with {@link InvalidInput} a date in the past and an entry that is
     * unknown or already ended by then.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retire(Long entryId, LocalDateTime at) {
        if (at == null || at.isBefore(LocalDateTime.now(clock).minusMinutes(5))) {
            throw InvalidInput.of("effectiveFrom", "responsibility.error.past");
        }
        if (store.end(entryId, at) == 0) {
            throw InvalidInput.of(null, "responsibility.error.not-found");
        }
        chain.retired(entryId, at, currentUser.requireId());
    }

    /**
     * Where a case of this category in this grid goes at that moment. Refuses with
     * {@link InvalidInput} an unknown grid, and a street without a default office when no entry matches.
     */
    public Routing route(Long categoryId, Long gridId, LocalDateTime at) {
        GridSummary grid = places.grid(gridId).orElseThrow(() -> InvalidInput.of(null, "responsibility.error.place"));
        CommunitySummary community = places.community(grid.communityId()).orElseThrow();
        Optional<Version> match = store.match(categoryId, gridId, community.id(), community.streetId(), at);
        if (match.isPresent()) {
            Version v = match.get();
            return new Routing(v.leadOfficeId(), store.coOffices(List.of(v.id())).getOrDefault(v.id(), Set.of()), v.responseHours(),
                    v.resolutionDays(), v.id(), false, v.basis());
        }
        StreetOffices street = streetOffices(community.streetId())
                .orElseThrow(() -> InvalidInput.of(null, "responsibility.error.no-default"));
        return new Routing(street.defaultOfficeId(), Set.of(), street.responseHours(), street.resolutionDays(), null, true, null);
    }

    /** The street's default office with its deadlines, and its coordinator office, once an administrator set them. */
    public Optional<StreetOffices> streetOffices(Long streetId) {
        return streetOffices.of(streetId);
    }

    /** Sets the street's offices; on the audit chain. Refuses with {@link InvalidInput} an invalid form or an inactive office. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setStreetOffices(Long streetId, StreetOffices form) {
        validator.check(form);
        Set<Long> active = activeOffices();
        if (!active.contains(form.defaultOfficeId())) {
            throw InvalidInput.of("defaultOfficeId", "responsibility.error.office");
        }
        if (!active.contains(form.coordinatorOfficeId())) {
            throw InvalidInput.of("coordinatorOfficeId", "responsibility.error.office");
        }
        if (places.activeStreets().stream().noneMatch(s -> s.id().equals(streetId))) {
            throw InvalidInput.of(null, "responsibility.error.place");
        }
        streetOffices.save(streetId, form);
        chain.streetOfficesSet(streetId, form, currentUser.requireId());
    }

    private Set<Long> activeOffices() {
        return offices.activeOffices().stream().map(OfficeSummary::id).collect(Collectors.toSet());
    }

    private long streetOf(PlaceLevel level, Long placeId) {
        return switch (level) {
            case GRID -> places.grid(placeId).flatMap(g -> places.community(g.communityId())).map(CommunitySummary::streetId)
                    .orElseThrow(() -> InvalidInput.of("placeId", "responsibility.error.place"));
            case COMMUNITY -> places.community(placeId).map(CommunitySummary::streetId)
                    .orElseThrow(() -> InvalidInput.of("placeId", "responsibility.error.place"));
            case STREET -> places.activeStreets().stream().filter(s -> s.id().equals(placeId)).findFirst().map(StreetSummary::id)
                    .orElseThrow(() -> InvalidInput.of("placeId", "responsibility.error.place"));
        };
    }

    private List<Responsibility> named(List<Version> rows) {
        return names.named(rows, store.coOffices(rows.stream().map(Version::id).toList()));
    }
}
