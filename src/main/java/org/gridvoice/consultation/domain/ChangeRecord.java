package org.gridvoice.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of a consultation's public change record; never changed once written. */
@Entity
@Table(name = "consultation_change")
public class ChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;
    @Column(name = "changed_by")
    private Long changedBy;
    private String kind;
    private String detail;
    private String reason;

    protected ChangeRecord() {
    }

    public ChangeRecord(Long consultationId, LocalDateTime changedAt, Long changedBy, String kind, String detail, String reason) {
        this.consultationId = consultationId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.reason = reason;
    }

    public LocalDateTime getChangedAt() { return changedAt; }
    public Long getChangedBy() { return changedBy; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
    public String getReason() { return reason; }
}
