package org.gridvoice.discussion;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridvoice.discussion.domain.Comment;
import org.gridvoice.discussion.domain.CommentRepository;
import org.gridvoice.moderation.ContentOwner;
import org.gridvoice.moderation.ContentPreview;
import org.gridvoice.moderation.ModeratedContent;
import org.gridvoice.shared.ContentRef;
import org.springframework.stereotype.Component;

/**
 * Comments can be reported: the committee of the community of what they are on moderates them,
 * and finds them on that page, anchored at the comment ({@code proposals/45#comment-12}).
 */
@Component
class CommentModeration implements ModeratedContent {

    private final CommentRepository comments;
    private final DiscussionService discussion;
    private final Map<String, CommentTarget> targets;

    CommentModeration(CommentRepository comments, DiscussionService discussion, List<CommentTarget> targets) {
        this.comments = comments;
        this.discussion = discussion;
        this.targets = targets.stream().collect(Collectors.toMap(CommentTarget::type, t -> t));
    }

    @Override
    public String type() {
        return ContentRef.COMMENT;
    }

    @Override
    public Optional<ContentOwner> ownerOf(Long id) {
        return comments.findById(id).flatMap(c -> Optional.ofNullable(targets.get(c.getTargetType()))
                .flatMap(t -> t.communityOf(c.getTargetId()))
                .map(community -> new ContentOwner(community, c.getAuthorId())));
    }

    @Override
    public void hide(Long id, String reason) {
        discussion.hide(id, reason);
    }

    @Override
    public void restore(Long id) {
        discussion.restore(id);
    }

    @Override
    public Map<Long, ContentPreview> previews(Collection<Long> ids) {
        List<Comment> found = comments.findAllById(ids);
        Map<String, Map<Long, String>> titles = new HashMap<>();
        found.stream().collect(Collectors.groupingBy(Comment::getTargetType, Collectors.mapping(Comment::getTargetId, Collectors.toSet())))
                .forEach((type, targetIds) -> {
                    CommentTarget target = targets.get(type);
                    titles.put(type, target == null ? Map.of() : target.titles(targetIds));
                });
        Map<Long, ContentPreview> previews = new HashMap<>();
        for (Comment c : found) {
            CommentTarget target = targets.get(c.getTargetType());
            String route = target == null ? null : target.route(c.getTargetId()) + "#" + anchor(c.getId());
            previews.put(c.getId(), new ContentPreview(titles.getOrDefault(c.getTargetType(), Map.of()).get(c.getTargetId()),
                    c.getBody(), route, c.isHidden() || c.isDeleted()));
        }
        return previews;
    }

    /** The id of a comment's element on the page that shows it (set by the thread component). */
    static String anchor(Long commentId) {
        return "comment-" + commentId;
    }
}
