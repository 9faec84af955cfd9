package org.gridvoice.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import org.gridvoice.proposal.ProposalStatus;

@Entity
@Table(name = "proposal")
public class Proposal {

    /** How long after posting an author may still reword a proposal nobody has endorsed. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "consultation_id")
    private Long consultationId;
    @Column(name = "author_id")
    private Long authorId;
    private String title;
    private String body;
    @Column(name = "category_id")
    private Long categoryId;
    @Column(name = "grid_id")
    private Long gridId;
    @Column(name = "place_text")
    private String placeText;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private boolean qualified;
    @Column(name = "endorsement_count")
    private int endorsementCount;
    @Column(name = "comment_count")
    private int commentCount;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "edited_at")
    private LocalDateTime editedAt;
    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    private boolean hidden;
    @Column(name = "hidden_reason")
    private String hiddenReason;
    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(Long consultationId, Long authorId, String title, String body, Long categoryId, Long gridId, String placeText,
                    LocalDateTime createdAt) {
        this.consultationId = consultationId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.categoryId = categoryId;
        this.gridId = gridId;
        this.placeText = placeText;
        this.status = ProposalStatus.OPEN;
        this.createdAt = createdAt;
    }

    /** The author may reword it while nobody has endorsed it and within the edit window, whichever ends first. */
    public boolean editableAt(LocalDateTime now) {
        return status == ProposalStatus.OPEN && endorsementCount == 0 && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    public void reword(String title, String body, Long categoryId, String placeText, LocalDateTime now) {
        this.title = title;
        this.body = body;
        this.categoryId = categoryId;
        this.placeText = placeText;
        this.editedAt = now;
    }

    public void withdraw(String reason, LocalDateTime now) {
        this.status = ProposalStatus.WITHDRAWN;
        this.withdrawReason = reason;
        this.withdrawnAt = now;
    }

    public void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    public void restore() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    public boolean isHidden() { return hidden; }
    public String getHiddenReason() { return hiddenReason; }
    public Long getId() { return id; }
    public Long getConsultationId() { return consultationId; }
    public Long getAuthorId() { return authorId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Long getCategoryId() { return categoryId; }
    public Long getGridId() { return gridId; }
    public String getPlaceText() { return placeText; }
    public ProposalStatus getStatus() { return status; }
    public boolean isQualified() { return qualified; }
    public int getEndorsementCount() { return endorsementCount; }
    public int getCommentCount() { return commentCount; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getEditedAt() { return editedAt; }
    public String getWithdrawReason() { return withdrawReason; }
    public long getVersion() { return version; }
}
