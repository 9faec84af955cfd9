package org.gridvoice.place.domain;

import java.util.List;
import org.gridvoice.place.CommunitySummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommunityRepository extends JpaRepository<Community, Long> {

    boolean existsByStreetIdAndNameAndIdNot(Long streetId, String name, Long id);

    String SUMMARY = "select new org.gridvoice.place.CommunitySummary(c.id, c.streetId, s.name, c.name, c.address, c.retired,"
            + " c.sortOrder) from Community c join Street s on s.id = c.streetId";

    /** Every community, by sort number; the service orders names naturally. */
    @Query(SUMMARY + " order by c.sortOrder, c.id")
    List<CommunitySummary> allSummaries();

    @Query(SUMMARY + " where c.retired = false and s.retired = false order by c.sortOrder, c.id")
    List<CommunitySummary> activeSummaries();

    @Query(SUMMARY + " where c.id in :ids")
    List<CommunitySummary> summariesOf(java.util.Collection<Long> ids);
}
