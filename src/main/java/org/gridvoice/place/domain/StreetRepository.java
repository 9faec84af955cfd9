package org.gridvoice.place.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StreetRepository extends JpaRepository<Street, Long> {
    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByCodeAndIdNot(String code, Long id);

    java.util.Optional<Street> findByCode(String code);

    java.util.List<Street> findByRetiredFalseOrderBySortOrderAscIdAsc();

    java.util.List<Street> findAllByOrderBySortOrderAscIdAsc();
}
