package org.gridvoice.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridvoice.place.domain.Community;
import org.gridvoice.place.domain.CommunityRepository;
import org.gridvoice.place.domain.Grid;
import org.gridvoice.place.domain.GridRepository;
import org.gridvoice.place.domain.Street;
import org.gridvoice.place.domain.StreetRepository;
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

    public Page<StreetSummary> streets(Pageable pageable) {
        return streets.findAll(pageable).map(PlaceService::summary);
    }

    public List<StreetSummary> activeStreets() {
        return streets.findByRetiredFalseOrderByName().stream().map(PlaceService::summary).toList();
    }

    public Page<CommunitySummary> communities(Pageable pageable) {
        return communities.summaries(pageable);
    }

    public List<CommunitySummary> activeCommunities() {
        return communities.activeSummaries();
    }

    public List<CommunitySummary> communitiesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : communities.summariesOf(ids);
    }

    public Optional<CommunitySummary> community(Long id) {
        return id == null ? Optional.empty() : communitiesOf(List.of(id)).stream().findFirst();
    }

    public Page<GridSummary> grids(Pageable pageable) {
        return grids.summaries(pageable);
    }

    public List<GridSummary> activeGrids() {
        return grids.activeSummaries();
    }

    public List<GridSummary> activeGridsOf(Long communityId) {
        return grids.activeSummariesOf(communityId);
    }

    public List<GridSummary> gridsOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : grids.summariesOf(ids);
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
        return summary(streets.save(street));
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
        Community saved = communities.save(community);
        return new CommunitySummary(saved.getId(), street.getId(), street.getName(), saved.getName(), saved.getAddress(), saved.isRetired());
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
        Grid saved = grids.save(grid);
        return new GridSummary(saved.getId(), community.getId(), community.getName(), saved.getName(), saved.getDescription(), saved.isRetired());
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
        return new StreetSummary(street.getId(), street.getName(), street.isRetired());
    }
}
