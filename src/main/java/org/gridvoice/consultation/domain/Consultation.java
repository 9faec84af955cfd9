package org.gridvoice.consultation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.gridvoice.consultation.Phase;
import org.gridvoice.consultation.PhaseDates;

@Entity
@Table(name = "consultation")
public class Consultation {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "community_id")
    private Long communityId;
    private String title;
    private String description;
    @Column(name = "whole_community")
    private boolean wholeCommunity;
    @Column(name = "endorsement_threshold")
    private int endorsementThreshold;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "proposals_open_at")
    private LocalDateTime proposalsOpenAt;
    @Column(name = "proposals_close_at")
    private LocalDateTime proposalsCloseAt;
    @Column(name = "voting_open_at")
    private LocalDateTime votingOpenAt;
    @Column(name = "voting_close_at")
    private LocalDateTime votingCloseAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "announced_phase")
    private Phase announcedPhase;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;
    @Column(name = "budget_total_yuan")
    private Long budgetTotalYuan;
    @Column(name = "budget_max_project_yuan")
    private Long budgetMaxProjectYuan;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "consultation_grid", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "grid_id")
    private Set<Long> gridIds = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "consultation_category", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "category_id")
    private Set<Long> categoryIds = new HashSet<>();

    protected Consultation() {
    }

    public Consultation(Long communityId, Long createdBy, LocalDateTime createdAt) {
        this.communityId = communityId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = Status.DRAFT;
        this.announcedPhase = Phase.DRAFT;
    }

    public Phase phaseAt(LocalDateTime now) {
        return status == Status.DRAFT ? Phase.DRAFT : dates().phaseAt(now);
    }

    public PhaseDates dates() {
        return new PhaseDates(proposalsOpenAt, proposalsCloseAt, votingOpenAt, votingCloseAt);
    }

    public void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public void scope(boolean wholeCommunity, Set<Long> gridIds, Set<Long> categoryIds, int endorsementThreshold) {
        this.wholeCommunity = wholeCommunity;
        this.gridIds.clear();
        this.gridIds.addAll(gridIds);
        this.categoryIds.clear();
        this.categoryIds.addAll(categoryIds);
        this.endorsementThreshold = endorsementThreshold;
    }

    public void schedule(PhaseDates dates) {
        this.proposalsOpenAt = dates.proposalsOpenAt();
        this.proposalsCloseAt = dates.proposalsCloseAt();
        this.votingOpenAt = dates.votingOpenAt();
        this.votingCloseAt = dates.votingCloseAt();
    }

    public void publish(LocalDateTime now) {
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    /** Records that the phase of this moment has been announced; returns the phase it replaces. */
    public Phase announce(Phase phase) {
        Phase before = announcedPhase;
        this.announcedPhase = phase;
        return before;
    }

    /** Makes it a budget consultation with this total and optional cap, or ({@code total == null}) an ordinary one. */
    public void budget(Long total, Long maxProject) {
        this.budgetTotalYuan = total;
        this.budgetMaxProjectYuan = total == null ? null : maxProject;
    }

    public Long getBudgetTotalYuan() { return budgetTotalYuan; }
    public Long getBudgetMaxProjectYuan() { return budgetMaxProjectYuan; }
    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public boolean isWholeCommunity() { return wholeCommunity; }
    public int getEndorsementThreshold() { return endorsementThreshold; }
    public Status getStatus() { return status; }
    public boolean isPublished() { return status == Status.PUBLISHED; }
    public Phase getAnnouncedPhase() { return announcedPhase; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public Set<Long> getGridIds() { return Set.copyOf(gridIds); }
    public Set<Long> getCategoryIds() { return Set.copyOf(categoryIds); }
    public long getVersion() { return version; }
}
