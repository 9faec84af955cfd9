package org.gridvoice.place.domain;

import java.util.Collection;
import java.util.List;
import org.gridvoice.place.GridSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GridRepository extends JpaRepository<Grid, Long> {

    boolean existsByCommunityIdAndNameAndIdNot(Long communityId, String name, Long id);

    String SUMMARY = "select new org.gridvoice.place.GridSummary(g.id, g.communityId, c.name, g.name, g.description, g.retired,"
            + " g.sortOrder) from Grid g join Community c on c.id = g.communityId";

    /** Every grid, by sort number; the service orders names naturally and groups them by community. */
    @Query(SUMMARY + " order by g.sortOrder, g.id")
    List<GridSummary> allSummaries();

    @Query(SUMMARY + " where g.retired = false and c.retired = false order by g.sortOrder, g.id")
    List<GridSummary> activeSummaries();

    @Query(SUMMARY + " where g.communityId = :communityId and g.retired = false order by g.sortOrder, g.id")
    List<GridSummary> activeSummariesOf(Long communityId);

    @Query(SUMMARY + " where g.id in :ids")
    List<GridSummary> summariesOf(Collection<Long> ids);
}
