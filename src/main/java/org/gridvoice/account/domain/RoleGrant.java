package org.gridvoice.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.gridvoice.account.Role;

@Entity
@Table(name = "account_role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "community_id")
    private Long communityId;
    @Column(name = "office_id")
    private Long officeId;
    @Column(name = "granted_at")
    private LocalDateTime grantedAt;
    @Column(name = "granted_by")
    private Long grantedBy;

    protected RoleGrant() {
    }

    public RoleGrant(Long userId, Role role, Long communityId, Long officeId, LocalDateTime grantedAt, Long grantedBy) {
        this.userId = userId;
        this.role = role;
        this.communityId = communityId;
        this.officeId = officeId;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Role getRole() { return role; }
    public Long getCommunityId() { return communityId; }
    public Long getOfficeId() { return officeId; }
    public LocalDateTime getGrantedAt() { return grantedAt; }
}
