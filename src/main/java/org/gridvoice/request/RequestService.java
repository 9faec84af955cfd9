package org.gridvoice.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.RequestCase;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.place.GridSummary;
import org.gridvoice.place.PlaceService;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.request.domain.RequestStore;
import org.gridvoice.shared.GeoPoint;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing requests and saying "me too", and reading them. A request is routed into a case in the
 * transaction that files it, so it is never left waiting for anyone to route it; if the street has
 * no office to receive it, nothing is filed and the resident is told.
 */
@Service
@Transactional(readOnly = true)
public class RequestService {

    /** How far back and how near a request counts as the same one ("me too" candidates). */
    public static final Duration SAME_REQUEST_WINDOW = Duration.ofDays(30);
    public static final int SAME_REQUEST_METRES = 150;
    private static final int CANDIDATES = 5;
    private static final int FILED_PER_HOUR = 10;

    private final RequestStore store;
    private final CaseRoutingService routing;
    private final PlaceService places;
    private final CategoryService categories;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final PhotoService photos;
    private final Clock clock;

    RequestService(RequestStore store, CaseRoutingService routing, PlaceService places, CategoryService categories, AccountService accounts,
                   CurrentUser currentUser, InputValidator validator, PhotoService photos, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.places = places;
        this.categories = categories;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * Files the signed-in resident's request and routes it. Throws InvalidInput for a bad form, an
     * unknown or retired grid or category, half a point, more than {@value #FILED_PER_HOUR} requests in
     * an hour ({@code request.error.too-many}), or when the street has no office to send it to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Filed file(RequestForm form) {
        return fileAs(currentUser.requireId(), null, form);
    }

    /**
     * Files the request as {@code authorId}'s own; {@code enteredBy} is the staff member who entered it
     * for them (代录), once the resident attested it. Same checks as {@link #file}. Only for this module's
     * attestation kind: the public path files as the signed-in user.
     */
    @Transactional
    Filed fileAs(Long me, Long enteredBy, RequestForm form) {
        check(form);
        LocalDateTime now = LocalDateTime.now(clock);
        if (store.filedSince(me, now.minusHours(1)) >= FILED_PER_HOUR) {
            throw InvalidInput.of(null, "request.error.too-many", FILED_PER_HOUR);
        }
        Place place = place(form.gridId(), form.categoryId());
        GeoPoint point = point(form.latitude(), form.longitude());
        String description = form.description().strip();
        String address = form.address().strip();
        long id = store.insert(new RequestStore.NewRequest(place.community().streetId(), place.community().id(), form.gridId(),
                form.categoryId(), me, null, null, null, null, form.showName(), address, lat(point), lng(point), description, null, now,
                enteredBy));
        String name = accounts.displayNames(List.of(me)).get(me);
        RequestCase filed = new RequestCase(id, form.gridId(), form.categoryId(), description, address, point, me, name, form.showName());
        long caseId = enteredBy == null ? routing.routeRequest(filed) : routing.routeAttestedRequest(filed);
        store.linkCase(id, caseId);
        // the photos are part of what the resident said: public, with the case's snapshot
        photos.attach(form.photoIds() == null ? List.of() : form.photoIds(), new PhotoOwner(PhotoOwner.CASE, caseId), me, false,
                PhotoLabel.NONE);
        return new Filed(id, caseId);
    }

    /** The checks of the form that need no author: fields, grid, category and point (staff entry checks these when entered). */
    void check(RequestForm form) {
        validator.check(form);
        place(form.gridId(), form.categoryId());
        point(form.latitude(), form.longitude());
    }

    /** The category's name in the reader's language, for showing a request's wording before it is filed. */
    String categoryName(Long categoryId, java.util.Locale locale) {
        return categories.activeCategories().stream().filter(c -> c.id().equals(categoryId)).findFirst().map(c -> c.name(locale)).orElse("");
    }

    /**
     * Files a request an outside system sends (an Open311 client signed in as such) and routes it;
     * returns the case id, which the client knows it by. Same checks as {@link #file}.
     */
    @PreAuthorize("hasRole('API_CLIENT')")
    @Transactional
    public long fileFromClient(ClientFiling filing) {
        if (filing.description() == null || filing.description().isBlank()) {
            throw InvalidInput.of("description", "validation.required");
        }
        if (filing.description().strip().length() > RequestForm.MAX_DESCRIPTION) {
            throw InvalidInput.of("description", "validation.too-long");
        }
        GeoPoint point = point(filing.latitude(), filing.longitude());
        String address = filing.address() == null ? "" : filing.address().strip();
        if (address.isEmpty() && point == null) {
            throw InvalidInput.of("address", "request.error.no-location");
        }
        if (address.length() > 200) {
            throw InvalidInput.of("address", "validation.too-long");
        }
        Place place = place(filing.gridId(), filing.categoryId());
        LocalDateTime now = LocalDateTime.now(clock);
        String description = filing.description().strip();
        long id = store.insert(new RequestStore.NewRequest(place.community().streetId(), place.community().id(), filing.gridId(),
                filing.categoryId(), null, filing.clientId(), cut(filing.name(), 100), cut(filing.email(), 254), cut(filing.phone(), 32),
                false, address, lat(point), lng(point), description, cut(filing.mediaUrl(), 500), now, null));
        long caseId = routing.routeRequest(new RequestCase(id, filing.gridId(), filing.categoryId(), description, address, point, null,
                filing.name(), false));
        store.linkCase(id, caseId);
        return caseId;
    }

    /**
     * Recent open requests the resident may be about to file again: same category and grid within
     * 30 days, and within 150 m when both have a point; nearest first when there are points.
     */
    public List<MeTooCandidate> candidates(Long categoryId, Long gridId, BigDecimal latitude, BigDecimal longitude) {
        if (categoryId == null || gridId == null) {
            return List.of();
        }
        GeoPoint here = GeoPoint.ofNullable(latitude, longitude);
        List<RequestStore.Row> rows = store.recent(gridId, categoryId, LocalDateTime.now(clock).minus(SAME_REQUEST_WINDOW), 50);
        List<MeTooCandidate> found = new ArrayList<>();
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        Set<Long> supported = me == null ? Set.of() : store.supportedBy(me, rows.stream().map(RequestStore.Row::id).toList());
        List<RequestSummary> summaries = summaries(rows, me);
        for (int i = 0; i < rows.size(); i++) {
            RequestSummary s = summaries.get(i);
            Integer metres = here == null || s.point() == null ? null : (int) Math.round(here.metresTo(s.point()));
            if (metres == null || metres <= SAME_REQUEST_METRES) {
                found.add(new MeTooCandidate(s, metres, s.mine() || supported.contains(s.id())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.metres() == null ? Integer.MAX_VALUE : a.metres(),
                b.metres() == null ? Integer.MAX_VALUE : b.metres()));
        return found.stream().limit(CANDIDATES).toList();
    }

    /**
     * The signed-in resident says "me too": they count as the request's demand, hear of its steps
     * and are asked to confirm it resolved. Returns false when they support it already. Refused with
     * {@code request.error.own} for their own request, and by casework once it is resolved.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean support(Long requestId) {
        Long me = currentUser.requireId();
        RequestStore.Row row = store.lock(requestId).filter(r -> r.caseId() != null)
                .orElseThrow(() -> InvalidInput.of(null, "request.error.not-found"));
        if (me.equals(row.authorId())) {
            throw InvalidInput.of(null, "request.error.own");
        }
        boolean added = routing.support(row.caseId());
        return store.support(requestId, me, LocalDateTime.now(clock)) || added;
    }

    /** The public list, newest first, paged in the database. */
    public Page<RequestSummary> list(RequestFilter filter, Pageable pageable) {
        long total = store.count(filter);
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        return new PageImpl<>(summaries(store.page(filter, pageable.getPageSize(), pageable.getOffset()), me), pageable, total);
    }

    /** The requests the signed-in resident filed or supported, newest first. */
    @PreAuthorize("isAuthenticated()")
    public Page<RequestSummary> mine(Pageable pageable) {
        Long me = currentUser.requireId();
        return new PageImpl<>(summaries(store.mine(me, pageable.getPageSize(), pageable.getOffset()), me), pageable, store.countMine(me));
    }

    /** One request; InvalidInput ({@code request.error.not-found}) when unknown. */
    public RequestSummary summary(Long requestId) {
        RequestStore.Row row = store.find(requestId).filter(r -> r.caseId() != null)
                .orElseThrow(() -> InvalidInput.of(null, "request.error.not-found"));
        return summaries(List.of(row), currentUser.get().map(u -> u.id()).orElse(null)).getFirst();
    }

    // a bounded number of statements whatever the page's length: names of categories, grids and shown authors at once
    private List<RequestSummary> summaries(List<RequestStore.Row> rows, Long me) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CategorySummary> cats = categories.categoriesOf(rows.stream().map(RequestStore.Row::categoryId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(CategorySummary::id, Function.identity()));
        Map<Long, GridSummary> grids = places.gridsOf(rows.stream().map(RequestStore.Row::gridId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(GridSummary::id, Function.identity()));
        Set<Long> named = new HashSet<>();
        rows.stream().filter(r -> r.authorId() != null && (r.showName() || r.authorId().equals(me))).forEach(r -> named.add(r.authorId()));
        rows.stream().filter(r -> r.enteredBy() != null).forEach(r -> named.add(r.enteredBy()));
        Map<Long, String> names = named.isEmpty() ? Map.of() : accounts.displayNames(named);
        Map<Long, List<PhotoRef>> pictures = photos.photosOf(PhotoOwner.CASE, rows.stream().map(RequestStore.Row::caseId).toList());
        return rows.stream().map(r -> {
            CategorySummary c = cats.get(r.categoryId());
            GridSummary g = grids.get(r.gridId());
            boolean mine = me != null && me.equals(r.authorId());
            return new RequestSummary(r.id(), r.caseId(), r.description(), r.categoryId(), c == null ? "" : c.nameZh(),
                    c == null ? "" : c.nameEn(), r.gridId(), g == null ? "" : g.fullName(), r.address(),
                    GeoPoint.ofNullable(r.latitude(), r.longitude()), CaseStatus.valueOf(r.status()), r.filedAt(), r.supporters(),
                    r.authorId() == null || !(r.showName() || mine) ? null : names.get(r.authorId()), mine,
                    pictures.getOrDefault(r.caseId(), List.of()).stream().filter(ph -> !ph.internal()).findFirst().map(PhotoRef::thumbUrl)
                            .orElse(null), r.enteredBy() == null ? null : names.get(r.enteredBy()));
        }).toList();
    }

    private record Place(GridSummary grid, CommunitySummary community) {
    }

    private Place place(Long gridId, Long categoryId) {
        GridSummary grid = places.grid(gridId).filter(g -> !g.retired()).orElseThrow(() -> InvalidInput.of("gridId", "request.error.grid"));
        if (categories.activeCategories().stream().noneMatch(c -> c.id().equals(categoryId))) {
            throw InvalidInput.of("categoryId", "request.error.category");
        }
        return new Place(grid, places.community(grid.communityId()).orElseThrow());
    }

    private static GeoPoint point(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw InvalidInput.of(latitude == null ? "latitude" : "longitude", "request.error.half-point");
        }
        try {
            return GeoPoint.ofNullable(latitude, longitude);
        } catch (IllegalArgumentException offTheGlobe) {
            throw InvalidInput.of("latitude", "request.error.latitude");
        }
    }

    private static BigDecimal lat(GeoPoint p) {
        return p == null ? null : p.latitude();
    }

    private static BigDecimal lng(GeoPoint p) {
        return p == null ? null : p.longitude();
    }

    private static String cut(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
