package org.gridvoice.account.domain;

import java.util.Collection;
import java.util.List;
import org.gridvoice.account.ResidencyStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidencyRepository extends JpaRepository<Residency, Long> {

    List<Residency> findByUserIdOrderByRequestedAtDesc(Long userId);

    boolean existsByUserIdAndStatusIn(Long userId, Collection<ResidencyStatus> statuses);

    boolean existsByUserIdAndGridIdAndStatus(Long userId, Long gridId, ResidencyStatus status);

    boolean existsByUserIdAndCommunityIdAndStatus(Long userId, Long communityId, ResidencyStatus status);

    Page<Residency> findByCommunityIdInAndStatus(Collection<Long> communityIds, ResidencyStatus status, Pageable pageable);

    List<Residency> findByCommunityIdAndStatus(Long communityId, ResidencyStatus status);

    long countByCommunityIdInAndStatus(Collection<Long> communityIds, ResidencyStatus status);
}
