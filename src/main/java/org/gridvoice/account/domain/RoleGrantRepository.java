package org.gridvoice.account.domain;

import java.util.Collection;
import java.util.List;
import org.gridvoice.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByUserIdOrderById(Long userId);

    List<RoleGrant> findByUserIdInOrderById(Collection<Long> userIds);

    List<RoleGrant> findByUserIdAndRole(Long userId, Role role);

    List<RoleGrant> findByRoleAndCommunityId(Role role, Long communityId);

    List<RoleGrant> findByOfficeIdOrderById(Long officeId);

    boolean existsByUserIdAndRoleAndCommunityId(Long userId, Role role, Long communityId);

    long countByRole(Role role);

    List<RoleGrant> findByRole(Role role);
}
