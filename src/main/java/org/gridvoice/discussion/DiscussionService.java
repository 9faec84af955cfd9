package org.gridvoice.discussion;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.discussion.domain.Comment;
import org.gridvoice.discussion.domain.CommentRepository;
import org.gridvoice.discussion.domain.ThreadPageQuery;
import org.gridvoice.discussion.domain.Upvotes;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.validation.InputValidator;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on any content that a {@link CommentTarget} accepts. Any signed-in user comments
 * and replies (three levels), up-votes once, edits their own within 15 minutes and deletes their
 * own (a tombstone keeps the thread's shape). Threads are paged by top-level comment; a page
 * costs the same few statements however many replies it holds.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService {

    private final CommentRepository comments;
    private final Upvotes upvotes;
    private final ThreadPageQuery threadPages;
    private final List<CommentTarget> targets;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionService(CommentRepository comments, Upvotes upvotes, ThreadPageQuery threadPages, List<CommentTarget> targets, AccountService accounts,
                      CurrentUser currentUser, InputValidator validator, MarkdownRenderer markdown,
                      ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.upvotes = upvotes;
        this.threadPages = threadPages;
        this.targets = targets;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Long comment(CommentForm form) {
        return commentAs(currentUser.requireId(), null, form);
    }

    /**
     * Posts the comment as {@code me}'s own; {@code enteredBy}: the staff member who entered it for
     * them (代录), once they attested it. For this module's attestation kind only.
     */
    @Transactional
    Long commentAs(Long me, Long enteredBy, CommentForm form) {
        Comment parent = check(form);
        String body = form.body().strip();
        Comment saved = comments.save(new Comment(form.target().type(), form.target().id(), parent, me, body,
                markdown.toHtml(body), form.stance(), now()));
        if (enteredBy != null) {
            comments.markEnteredBy(saved.getId(), enteredBy);
        }
        events.publishEvent(new CommentPosted(saved.getId(), form.target(), me, parent == null ? null : parent.getAuthorId()));
        return saved.getId();
    }

    /** The checks of {@link #comment}; returns the parent comment, if any. */
    Comment check(CommentForm form) {
        validator.check(form);
        boolean accepted = targets.stream().anyMatch(t -> t.type().equals(form.target().type()) && t.acceptsComments(form.target().id()));
        if (!accepted) {
            throw InvalidInput.of(null, "discussion.error.target");
        }
        Comment parent = null;
        if (form.parentId() != null) {
            parent = comments.findById(form.parentId())
                    .filter(p -> p.getTargetType().equals(form.target().type()) && p.getTargetId().equals(form.target().id()))
                    .orElseThrow(() -> InvalidInput.of(null, "discussion.error.parent"));
            if (parent.getDepth() >= Comment.MAX_DEPTH) {
                throw InvalidInput.of(null, "discussion.error.too-deep");
            }
            if (parent.isDeleted()) {
                throw InvalidInput.of(null, "discussion.error.parent");
            }
        }
        return parent;
    }

    /** Corrects one's own comment, seen at {@code version}, within 15 minutes; it is then marked as edited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(Long id, long version, String body, Stance stance) {
        if (body == null || body.isBlank()) {
            throw InvalidInput.of("body", "validation.required");
        }
        if (body.length() > 5_000) {
            throw InvalidInput.of("body", "validation.too-long", 5_000);
        }
        Comment comment = own(id);
        if (comment.getVersion() != version) {
            throw InvalidInput.of(null, "discussion.error.stale");
        }
        if (!comment.editableAt(now())) {
            throw InvalidInput.of(null, "discussion.error.not-editable");
        }
        comment.edit(body.strip(), markdown.toHtml(body.strip()), stance, now());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(Long id) {
        Comment comment = own(id);
        if (!comment.isDeleted()) {
            comment.delete(now());
        }
    }

    /** Up-votes someone else's comment, once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void upvote(Long id) {
        Comment comment = find(id);
        Long me = currentUser.requireId();
        if (comment.getAuthorId().equals(me)) {
            throw InvalidInput.of(null, "discussion.error.own-upvote");
        }
        if (comment.isDeleted() || !upvotes.add(id, me)) {
            throw InvalidInput.of(null, "discussion.error.upvoted-already");
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeUpvote(Long id) {
        find(id);
        upvotes.remove(id, currentUser.requireId());
    }

    /**
     * A page of top-level comments, oldest first, each with all its replies: one statement with the names, the
     * reader's up-votes and the number of top-level comments (a page past the end counts them in a second).
     */
    public Page<CommentThread> thread(ContentRef target, Pageable pageable) {
        Long me = currentUser.get().map(u -> u.id()).orElse(null);
        List<ThreadPageQuery.Row> rows = threadPages.page(target.type(), target.id(), me, pageable.getPageSize(), pageable.getOffset());
        if (rows.isEmpty()) {
            long roots = pageable.getOffset() == 0 ? 0 : comments.countByTargetTypeAndTargetIdAndDepth(target.type(), target.id(), 0);
            return new PageImpl<>(List.of(), pageable, roots);
        }
        String former = rows.stream().anyMatch(r -> r.authorErased() || r.enteredByErased()) ? accounts.formerResidentName() : null;
        Map<Long, String> names = new HashMap<>();
        Set<Long> mine = new HashSet<>();
        List<Comment> roots = new ArrayList<>();
        List<Comment> replies = new ArrayList<>();
        for (ThreadPageQuery.Row r : rows) {
            Comment c = r.comment();
            names.put(c.getAuthorId(), r.authorErased() ? former : r.authorName());
            if (c.getEnteredBy() != null) {
                names.put(c.getEnteredBy(), r.enteredByErased() ? former : r.enteredByName());
            }
            if (r.upvotedByMe()) {
                mine.add(c.getId());
            }
            (c.getDepth() == 0 ? roots : replies).add(c);
        }
        Map<Long, List<Comment>> byRoot = replies.stream().collect(Collectors.groupingBy(Comment::getRootId));
        List<CommentThread> threads = roots.stream().map(root -> new CommentThread(view(root, names, mine, me),
                depthFirst(root, byRoot.getOrDefault(root.getId(), List.of())).stream().map(c -> view(c, names, mine, me)).toList())).toList();
        return new PageImpl<>(threads, pageable, rows.getFirst().rootsInAll());
    }

    /** The most up-voted visible comments taking a stance, for a case's snapshot of the discussion. */
    public List<CommentView> mostEndorsed(ContentRef target, Stance stance, int limit) {
        List<Comment> top = comments.findByTargetTypeAndTargetIdAndStanceAndHiddenFalseAndDeletedAtIsNull(target.type(), target.id(), stance,
                PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "upvotes").and(Sort.by("id"))));
        Map<Long, String> names = accounts.displayNames(peopleOf(top));
        return top.stream().map(c -> view(c, names, Set.of(), null)).toList();
    }

    /** How many visible comments on the content take each stance. */
    public Map<Stance, Long> stanceCounts(ContentRef target) {
        Map<Stance, Long> counts = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            counts.put(stance, 0L);
        }
        comments.stanceCounts(target.type(), target.id()).forEach(row -> counts.put((Stance) row[0], (Long) row[1]));
        return counts;
    }

    /** Where a comment belongs, for moderation and notifications. */
    public ContentRef targetOf(Long commentId) {
        Comment comment = find(commentId);
        return new ContentRef(comment.getTargetType(), comment.getTargetId());
    }

    /** The author of a comment, for moderation and notifications. */
    public Long authorOf(Long commentId) {
        return find(commentId).getAuthorId();
    }

    /** A user's comments on a kind of content (rendered HTML), by content id: casework blanks their name in case snapshots at an erasure. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> commentsBy(Long userId, String targetType) {
        return comments.findByAuthorIdAndTargetType(userId, targetType).stream().filter(c -> c.getBodyHtml() != null)
                .collect(Collectors.groupingBy(Comment::getTargetId, Collectors.mapping(Comment::getBodyHtml, Collectors.toList())));
    }

    /** Hides a comment with a public reason (moderation decides when). */
    @Transactional
    public void hide(Long commentId, String reason) {
        find(commentId).hide(reason);
    }

    @Transactional
    public void restore(Long commentId) {
        find(commentId).restore();
    }

    private static List<Comment> depthFirst(Comment root, List<Comment> replies) {
        Map<Long, List<Comment>> children = replies.stream().collect(Collectors.groupingBy(Comment::getParentId));
        List<Comment> ordered = new ArrayList<>();
        addChildren(root.getId(), children, ordered);
        return ordered;
    }

    private static void addChildren(Long parentId, Map<Long, List<Comment>> children, List<Comment> ordered) {
        for (Comment child : children.getOrDefault(parentId, List.of())) {
            ordered.add(child);
            addChildren(child.getId(), children, ordered);
        }
    }

    private CommentView view(Comment c, Map<Long, String> names, Set<Long> upvoted, Long me) {
        boolean showText = !c.isDeleted() && !c.isHidden();
        return new CommentView(c.getId(), c.getParentId(), c.getDepth(), c.getAuthorId(), names.get(c.getAuthorId()),
                showText ? (c.getBodyHtml() != null ? c.getBodyHtml() : markdown.toHtml(c.getBody())) : "", c.isDeleted() ? null : c.getStance(), c.getUpvotes(),
                upvoted.contains(c.getId()), c.getCreatedAt(), c.getEditedAt() != null, c.isDeleted(), c.isHidden(),
                c.getHiddenReason(), Objects.equals(me, c.getAuthorId()), Objects.equals(me, c.getAuthorId()) && c.editableAt(now()),
                c.getVersion(), Objects.equals(me, c.getAuthorId()) && showText ? c.getBody() : null,
                c.getEnteredBy() == null ? null : names.get(c.getEnteredBy()));
    }

    /** Authors, and staff who entered comments for them: one name lookup for the page. */
    private static Set<Long> peopleOf(List<Comment> page) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Comment c : page) {
            ids.add(c.getAuthorId());
            if (c.getEnteredBy() != null) {
                ids.add(c.getEnteredBy());
            }
        }
        return ids;
    }

    private Comment own(Long id) {
        Comment comment = find(id);
        if (!comment.getAuthorId().equals(currentUser.requireId())) {
            throw new AccessDeniedException("not the author of comment " + id);
        }
        return comment;
    }

    private Comment find(Long id) {
        return comments.findById(id).orElseThrow(() -> InvalidInput.of(null, "discussion.error.not-found"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
