package org.gridvoice.place.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StreetRepository extends JpaRepository<Street, Long> {
    boolean existsByNameAndIdNot(String name, Long id);

    java.util.List<Street> findByRetiredFalseOrderBySortOrderAscIdAsc();

    java.util.List<Street> findAllByOrderBySortOrderAscIdAsc();
}
