package org.gridvoice.discussion.domain;

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
import org.gridvoice.discussion.Stance;

@Entity
@Table(name = "discussion_comment")
public class Comment {

    /** How long an author may still correct a comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** Top-level comments have depth 0; replies go two levels deeper at most. */
    public static final int MAX_DEPTH = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "target_type")
    private String targetType;
    @Column(name = "target_id")
    private Long targetId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "root_id")
    private Long rootId;
    private int depth;
    @Column(name = "author_id")
    private Long authorId;
    /** The staff member who entered the comment for its author (代录), once the author attested it; null otherwise. */
    @Column(name = "entered_by", insertable = false, updatable = false)
    private Long enteredBy;
    private String body;
    @Column(name = "body_html")
    private String bodyHtml;
    @Enumerated(EnumType.STRING)
    private Stance stance;
    private int upvotes;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "edited_at")
    private LocalDateTime editedAt;
    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;
    private boolean hidden;
    @Column(name = "hidden_reason")
    private String hiddenReason;
    @Version
    private long version;

    protected Comment() {
    }

    public Comment(String targetType, Long targetId, Comment parent, Long authorId, String body, String bodyHtml, Stance stance,
                   LocalDateTime now) {
        this.bodyHtml = bodyHtml;
        this.targetType = targetType;
        this.targetId = targetId;
        this.parentId = parent == null ? null : parent.id;
        this.rootId = parent == null ? null : parent.rootId == null ? parent.id : parent.rootId;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.authorId = authorId;
        this.body = body;
        this.stance = stance;
        this.createdAt = now;
    }

    public boolean editableAt(LocalDateTime now) {
        return deletedAt == null && !hidden && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    public void edit(String body, String bodyHtml, Stance stance, LocalDateTime now) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.stance = stance;
        this.editedAt = now;
    }

    /** Keeps the comment's place in the thread without its words. */
    public void delete(LocalDateTime now) {
        this.body = "";
        this.bodyHtml = "";
        this.stance = null;
        this.deletedAt = now;
    }

    public void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    public void restore() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    public Long getId() { return id; }
    public String getTargetType() { return targetType; }
    public Long getTargetId() { return targetId; }
    public Long getParentId() { return parentId; }
    public Long getRootId() { return rootId; }
    public int getDepth() { return depth; }
    public Long getAuthorId() { return authorId; }
    public Long getEnteredBy() { return enteredBy; }
    public String getBody() { return body; }
    /** The sanitised HTML rendered when the comment was written; null for rows written before that existed. */
    public String getBodyHtml() { return bodyHtml; }
    public Stance getStance() { return stance; }
    public int getUpvotes() { return upvotes; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getEditedAt() { return editedAt; }
    public boolean isDeleted() { return deletedAt != null; }
    public boolean isHidden() { return hidden; }
    public String getHiddenReason() { return hiddenReason; }
    public long getVersion() { return version; }
}
