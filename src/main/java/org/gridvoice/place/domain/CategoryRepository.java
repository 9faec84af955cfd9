package org.gridvoice.place.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {
    boolean existsByCodeAndIdNot(String code, Long id);
    List<Category> findByRetiredFalseOrderBySortOrderAscIdAsc();
}
