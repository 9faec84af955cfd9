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
import org.hibernate.annotations.DynamicUpdate;
import java.time.Duration;
import java.time.LocalDateTime;
import org.gridvoice.proposal.CaseProgress;
import org.gridvoice.proposal.ProposalProgress;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.proposal.ProposalTally;

// lifecycle columns are written in SQL by ProposalStore as voting and casework report; writing only
// changed columns keeps a concurrent hide or withdrawal from writing an older status back
@Entity
@DynamicUpdate
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
    @Column(name = "qualified_at", insertable = false, updatable = false)
    private LocalDateTime qualifiedAt;
    @Column(name = "ballot_at", insertable = false, updatable = false)
    private LocalDateTime ballotAt;
    @Column(name = "decided_at", insertable = false, updatable = false)
    private LocalDateTime decidedAt;
    @Column(name = "result_method", insertable = false, updatable = false)
    private String resultMethod;
    @Column(name = "result_yes", insertable = false, updatable = false)
    private Integer resultYes;
    @Column(name = "result_no", insertable = false, updatable = false)
    private Integer resultNo;
    @Column(name = "result_abstentions", insertable = false, updatable = false)
    private Integer resultAbstentions;
    @Column(name = "result_approvals", insertable = false, updatable = false)
    private Integer resultApprovals;
    @Column(name = "result_tied", insertable = false, updatable = false)
    private boolean resultTied;
    @Column(name = "decided_meeting_id", insertable = false, updatable = false)
    private Long decidedMeetingId;
    @Column(name = "case_id", insertable = false, updatable = false)
    private Long caseId;
    @Column(name = "case_office", insertable = false, updatable = false)
    private String caseOffice;
    @Column(name = "case_status", insertable = false, updatable = false)
    private String caseStatus;
    @Column(name = "routed_at", insertable = false, updatable = false)
    private LocalDateTime routedAt;
    @Column(name = "resolved_at", insertable = false, updatable = false)
    private LocalDateTime resolvedAt;
    @Column(name = "closed_at", insertable = false, updatable = false)
    private LocalDateTime closedAt;
    @Column(name = "merged_into")
    private Long mergedInto;
    @Column(name = "merged_at")
    private LocalDateTime mergedAt;
    @Column(name = "author_shown")
    private boolean authorShown;
    @Column(name = "cost_yuan")
    private Long costYuan;
    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(Long consultationId, Long authorId, String title, String body, Long categoryId, Long gridId, String placeText,
                    boolean authorShown, LocalDateTime createdAt) {
        this.authorShown = authorShown;
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

    /** The author chose whether their name is shown publicly. */
    public void showAuthor(boolean shown) {
        this.authorShown = shown;
    }

    /** Merged into another proposal: out of lists and ballots, its page points to the survivor. */
    public void mergeInto(Long survivorId, LocalDateTime now) {
        this.status = ProposalStatus.MERGED;
        this.qualified = false;
        this.mergedInto = survivorId;
        this.mergedAt = now;
    }

    public void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    public void restore() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    /** The author's cost estimate in a budget consultation (null elsewhere). */
    public void estimate(Long costYuan) {
        this.costYuan = costYuan;
    }

    public Long getCostYuan() { return costYuan; }
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
    public Long getMergedInto() { return mergedInto; }
    public LocalDateTime getMergedAt() { return mergedAt; }
    public boolean isAuthorShown() { return authorShown; }
    public LocalDateTime getWithdrawnAt() { return withdrawnAt; }

    /** Its progress for its page, from the lifecycle columns. */
    public ProposalProgress progress() {
        ProposalTally tally = resultMethod == null ? null : new ProposalTally(ProposalTally.Method.valueOf(resultMethod),
                nz(resultYes), nz(resultNo), nz(resultAbstentions), nz(resultApprovals), resultTied);
        return new ProposalProgress(consultationId, status, createdAt, qualifiedAt, ballotAt, decidedAt, tally, caseId, caseOffice,
                caseStatus == null ? null : CaseProgress.valueOf(caseStatus), routedAt, resolvedAt, closedAt, withdrawnAt, decidedMeetingId);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
