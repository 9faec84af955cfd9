package org.gridvoice.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridvoice.place.domain.GridRepository;
import org.gridvoice.place.domain.Office;
import org.gridvoice.place.domain.OfficeRepository;
import org.gridvoice.place.domain.StreetRepository;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid stations and street departments. Anyone may read them; only administrators change them.
 * A grid station must serve at least one active grid; offices are retired, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class OfficeService {

    private final OfficeRepository offices;
    private final StreetRepository streets;
    private final GridRepository grids;
    private final InputValidator validator;

    OfficeService(OfficeRepository offices, StreetRepository streets, GridRepository grids, InputValidator validator) {
        this.offices = offices;
        this.streets = streets;
        this.grids = grids;
        this.validator = validator;
    }

    public Page<OfficeSummary> offices(Pageable pageable) {
        return PlaceOrder.page(offices.findAllByOrderBySortOrderAscIdAsc().stream().map(OfficeService::summary).toList(),
                PlaceOrder.OFFICES, pageable);
    }

    public List<OfficeSummary> activeOffices() {
        return offices.findByRetiredFalseOrderBySortOrderAscIdAsc().stream().map(OfficeService::summary).sorted(PlaceOrder.OFFICES).toList();
    }

    public List<OfficeSummary> officesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : offices.findByIdIn(ids).stream().map(OfficeService::summary).sorted(PlaceOrder.OFFICES).toList();
    }

    public Optional<OfficeSummary> office(Long id) {
        return id == null ? Optional.empty() : officesOf(List.of(id)).stream().findFirst();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OfficeSummary save(Long id, OfficeForm form) {
        validator.check(form);
        if (streets.findById(form.streetId()).filter(s -> !s.isRetired()).isEmpty()) {
            throw InvalidInput.of("streetId", "place.error.street-unknown");
        }
        String name = form.name().strip();
        if (offices.existsByStreetIdAndNameAndIdNot(form.streetId(), name, id == null ? -1L : id)) {
            throw InvalidInput.of("name", "place.error.duplicate-name");
        }
        long activeGrids = grids.findAllById(form.gridIds()).stream().filter(g -> !g.isRetired()).count();
        if (activeGrids != form.gridIds().size()) {
            throw InvalidInput.of("gridIds", "place.error.grid-unknown");
        }
        if (form.kind() == OfficeKind.GRID_STATION && form.gridIds().isEmpty()) {
            throw InvalidInput.of("gridIds", "place.error.station-needs-grid");
        }
        String phone = PlaceService.blankToNull(form.phone());
        Office office = id == null ? new Office(form.streetId(), name, form.kind(), phone, form.gridIds())
                : offices.findById(id).orElseThrow(PlaceService::notFound);
        office.change(form.streetId(), name, form.kind(), phone, form.gridIds());
        if (form.sortOrder() != null) {
            office.setSortOrder(form.sortOrder());
        }
        return summary(offices.save(office));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRetired(Long id, boolean retired) {
        offices.findById(id).orElseThrow(PlaceService::notFound).setRetired(retired);
    }

    private static OfficeSummary summary(Office office) {
        return new OfficeSummary(office.getId(), office.getStreetId(), office.getName(), office.getKind(), office.getPhone(),
                office.getGridIds(), office.isRetired(), office.getSortOrder());
    }
}
