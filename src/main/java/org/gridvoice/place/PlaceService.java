package org.gridvoice.place;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.gridvoice.place.domain.Community;
import org.gridvoice.place.domain.CommunityRepository;
import org.gridvoice.place.domain.Grid;
import org.gridvoice.place.domain.GridRepository;
import org.gridvoice.place.domain.Street;
import org.gridvoice.place.domain.StreetRepository;
import org.gridvoice.shared.NaturalOrder;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streets, communities and grids. Anyone may read them; only administrators change them.
 * Writes throw {@link InvalidInput} for bad or duplicate input, and nothing is ever deleted:
 * places are retired, and retired places are offered to nobody for new residency requests.
 */
@Service
@Transactional(readOnly = true)
public class PlaceService {

    private static final java.util.regex.Pattern STREET_CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,31}");

    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final GridRepository grids;
    private final InputValidator validator;

    PlaceService(StreetRepository streets, CommunityRepository communities, GridRepository grids, InputValidator validator) {
        this.streets = streets;
        this.communities = communities;
        this.grids = grids;
        this.validator = validator;
    }

    // every list below follows PlaceOrder: sort number, then the natural order of names (第二 before 第十)

    public Page<StreetSummary> streets(Pageable pageable) {
        return PlaceOrder.page(streets.findAllByOrderBySortOrderAscIdAsc().stream().map(PlaceService::summary).toList(),
                PlaceOrder.STREETS, pageable);
    }

    public List<StreetSummary> activeStreets() {
        return streets.findByRetiredFalseOrderBySortOrderAscIdAsc().stream().map(PlaceService::summary).sorted(PlaceOrder.STREETS).toList();
    }

    public Page<CommunitySummary> communities(Pageable pageable) {
        return PlaceOrder.page(communities.allSummaries(), PlaceOrder.COMMUNITIES, pageable);
    }

    public List<CommunitySummary> activeCommunities() {
        return communities.activeSummaries().stream().sorted(PlaceOrder.COMMUNITIES).toList();
    }

    public List<CommunitySummary> communitiesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : communities.summariesOf(ids).stream().sorted(PlaceOrder.COMMUNITIES).toList();
    }

    public Optional<CommunitySummary> community(Long id) {
        return id == null ? Optional.empty() : communitiesOf(List.of(id)).stream().findFirst();
    }

    /** All grids, grouped by community in the communities' order, each community's grids in their order. */
    public Page<GridSummary> grids(Pageable pageable) {
        return PlaceOrder.page(grids.allSummaries(), byCommunity(), pageable);
    }

    public List<GridSummary> activeGrids() {
        return grids.activeSummaries().stream().sorted(byCommunity()).toList();
    }

    public List<GridSummary> activeGridsOf(Long communityId) {
        return grids.activeSummariesOf(communityId).stream().sorted(PlaceOrder.GRIDS).toList();
    }

    /** These grids in one statement (pages of other lists name their grids with it): by community name, then in their order. */
    public List<GridSummary> gridsOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : grids.summariesOf(ids).stream()
                .sorted(Comparator.comparing(GridSummary::communityName, NaturalOrder.NAMES).thenComparing(PlaceOrder.GRIDS)).toList();
    }

    private Comparator<GridSummary> byCommunity() {
        List<CommunitySummary> ordered = communities.allSummaries().stream().sorted(PlaceOrder.COMMUNITIES).toList();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).id(), i);
        }
        return Comparator.<GridSummary>comparingInt(g -> rank.getOrDefault(g.communityId(), Integer.MAX_VALUE)).thenComparing(PlaceOrder.GRIDS);
    }

    public Optional<GridSummary> grid(Long id) {
        return id == null ? Optional.empty() : gridsOf(List.of(id)).stream().findFirst();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StreetSummary saveStreet(Long id, StreetForm form) {
        validator.check(form);
        String name = form.name().strip();
        if (streets.existsByNameAndIdNot(name, id == null ? -1L : id)) {
            throw InvalidInput.of("name", "place.error.duplicate-name");
        }
        Street street = id == null ? new Street(name) : streets.findById(id).orElseThrow(() -> notFound());
        street.rename(name);
        if (form.sortOrder() != null) {
            street.setSortOrder(form.sortOrder());
        }
        if (form.code() != null) {
            street.setCode(streetCode(form.code(), id));
        }
        return summary(streets.save(street));
    }

    /** The street whose Open311 jurisdiction_id is {@code code}, retired or not. */
    public Optional<StreetSummary> streetByCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : streets.findByCode(code.strip()).map(PlaceService::summary);
    }

    /** A jurisdiction_id as clients send it in URLs: lower-case letters, digits, dots and hyphens; blank means none. */
    private String streetCode(String typed, Long id) {
        String code = typed.strip();
        if (code.isEmpty()) {
            return null;
        }
        if (!STREET_CODE.matcher(code).matches()) {
            throw InvalidInput.of("code", "open311.street-code.format");
        }
        if (streets.existsByCodeAndIdNot(code, id == null ? -1L : id)) {
            throw InvalidInput.of("code", "open311.street-code.taken");
        }
        return code;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CommunitySummary saveCommunity(Long id, CommunityForm form) {
        validator.check(form);
        Street street = streets.findById(form.streetId()).filter(s -> !s.isRetired())
                .orElseThrow(() -> InvalidInput.of("streetId", "place.error.street-unknown"));
        String name = form.name().strip();
        if (communities.existsByStreetIdAndNameAndIdNot(street.getId(), name, id == null ? -1L : id)) {
            throw InvalidInput.of("name", "place.error.duplicate-name");
        }
        Community community = id == null ? new Community(street.getId(), name, blankToNull(form.address()))
                : communities.findById(id).orElseThrow(() -> notFound());
        community.change(street.getId(), name, blankToNull(form.address()));
        if (form.sortOrder() != null) {
            community.setSortOrder(form.sortOrder());
        }
        Community saved = communities.save(community);
        return new CommunitySummary(saved.getId(), street.getId(), street.getName(), saved.getName(), saved.getAddress(), saved.isRetired(),
                saved.getSortOrder());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public GridSummary saveGrid(Long id, GridForm form) {
        validator.check(form);
        Community community = communities.findById(form.communityId()).filter(c -> !c.isRetired())
                .orElseThrow(() -> InvalidInput.of("communityId", "place.error.community-unknown"));
        String name = form.name().strip();
        if (grids.existsByCommunityIdAndNameAndIdNot(community.getId(), name, id == null ? -1L : id)) {
            throw InvalidInput.of("name", "place.error.duplicate-name");
        }
        Grid grid = id == null ? new Grid(community.getId(), name, blankToNull(form.description()))
                : grids.findById(id).orElseThrow(() -> notFound());
        grid.change(community.getId(), name, blankToNull(form.description()));
        if (form.sortOrder() != null) {
            grid.setSortOrder(form.sortOrder());
        }
        Grid saved = grids.save(grid);
        return new GridSummary(saved.getId(), community.getId(), community.getName(), saved.getName(), saved.getDescription(), saved.isRetired(),
                saved.getSortOrder());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setStreetRetired(Long id, boolean retired) {
        streets.findById(id).orElseThrow(() -> notFound()).setRetired(retired);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setCommunityRetired(Long id, boolean retired) {
        communities.findById(id).orElseThrow(() -> notFound()).setRetired(retired);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setGridRetired(Long id, boolean retired) {
        grids.findById(id).orElseThrow(() -> notFound()).setRetired(retired);
    }

    static InvalidInput notFound() {
        return InvalidInput.of(null, "place.error.not-found");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static StreetSummary summary(Street street) {
        return new StreetSummary(street.getId(), street.getName(), street.isRetired(), street.getSortOrder(), street.getCode());
    }
}
