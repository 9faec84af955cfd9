package org.gridvoice.place.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeRepository extends JpaRepository<Office, Long> {
    boolean existsByStreetIdAndNameAndIdNot(Long streetId, String name, Long id);

    // grid ids of a page are loaded in one batch (hibernate.default_batch_fetch_size), not per office
    Page<Office> findAllBy(Pageable pageable);

    @EntityGraph(attributePaths = "gridIds")
    List<Office> findByIdIn(java.util.Collection<Long> ids);

    List<Office> findByRetiredFalseOrderBySortOrderAscIdAsc();

    // grid ids of all offices are loaded in batches (hibernate.default_batch_fetch_size), not per office
    List<Office> findAllByOrderBySortOrderAscIdAsc();
}
