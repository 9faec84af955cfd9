package org.gridvoice.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.gridvoice.account.ResidencyStatus;

/** A resident's claim to live at an address in a grid, and what the committee decided about it. */
@Entity
@Table(name = "account_residency")
public class Residency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "community_id")
    private Long communityId;
    @Column(name = "grid_id")
    private Long gridId;
    private String building;
    private String unit;
    private String room;
    @Enumerated(EnumType.STRING)
    private ResidencyStatus status;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoked_by")
    private Long revokedBy;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @Version
    private long version;

    protected Residency() {
    }

    public Residency(Long userId, Long communityId, Long gridId, String building, String unit, String room, LocalDateTime requestedAt) {
        this.userId = userId;
        this.communityId = communityId;
        this.gridId = gridId;
        this.building = building;
        this.unit = unit;
        this.room = room;
        this.status = ResidencyStatus.PENDING;
        this.requestedAt = requestedAt;
    }

    public void approve(Long by, LocalDateTime at) {
        decide(ResidencyStatus.APPROVED, by, at, null);
    }

    public void reject(Long by, LocalDateTime at, String reason) {
        decide(ResidencyStatus.REJECTED, by, at, reason);
    }

    public void withdraw(LocalDateTime at) {
        decide(ResidencyStatus.WITHDRAWN, userId, at, null);
    }

    public void revoke(Long by, LocalDateTime at, String reason) {
        this.status = ResidencyStatus.REVOKED;
        this.revokedBy = by;
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    private void decide(ResidencyStatus outcome, Long by, LocalDateTime at, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getCommunityId() { return communityId; }
    public Long getGridId() { return gridId; }
    public String getBuilding() { return building; }
    public String getUnit() { return unit; }
    public String getRoom() { return room; }
    public ResidencyStatus getStatus() { return status; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
}
