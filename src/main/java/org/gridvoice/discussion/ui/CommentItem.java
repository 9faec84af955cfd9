package org.gridvoice.discussion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.CommentView;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.shared.ui.Confirm;

/**
 * One comment of a thread, indented by its depth: who wrote it and when, its stance and text (or
 * a tombstone, or the committee's reason for hiding it), and what the reader may do with it.
 * <p>
 * For speed it is a single element whose content is HTML from {@link CommentMarkup}: a page of
 * fifty comments used to be some 750 components, which the browser took ~300 ms to build. Its
 * buttons are handled by the panel's one click listener, which asks {@link #offers} before
 * {@link #run}ning an action, as the browser's word for which button was clicked is not to be trusted.
 */
class CommentItem extends Div {

    /** Replies go this deep at most (0 is a top-level comment). */
    static final int MAX_DEPTH = 2;

    /** What a reader does with a comment through its buttons, named in their {@code data-action}. */
    enum Action {
        UPVOTE, REPLY, EDIT, DELETE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Action> of(String code) {
            return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
        }
    }

    final CommentView comment;
    /** Where the inline reply or correction form opens, under the comment; made only when opened. */
    Div editorSlot;
    private final Long rootId;
    private final CommentsPanel panel;

    CommentItem(CommentView comment, Long rootId, CommentsPanel panel) {
        this.comment = comment;
        this.rootId = rootId;
        this.panel = panel;
        setId("comment-" + comment.id());
        addClassNames("gv-comment", "gv-comment-depth-" + comment.depth());
        indent(this);
        getElement().setProperty("innerHTML", CommentMarkup.of(this));
    }

    /** Whether the reader may do this with the comment: exactly when its button is shown and enabled. */
    boolean offers(Action action) {
        if (comment.deleted()) {
            return false;
        }
        return switch (action) {
            case UPVOTE -> panel.signedIn() && !comment.mine();
            case REPLY -> panel.signedIn() && comment.depth() < MAX_DEPTH;
            case EDIT -> comment.editable();
            case DELETE -> comment.mine();
        };
    }

    /** In place of the report link, once the reader reported the comment. */
    boolean showsReported() {
        return !comment.deleted() && !comment.mine() && panel.reportedByMe(comment.id());
    }

    boolean showsReportLink() {
        return !comment.deleted() && !comment.mine() && !panel.reportedByMe(comment.id()) && !comment.hidden()
                && panel.mayReport();
    }

    /** Does what the reader asked; the caller made sure the comment {@link #offers} it. */
    void run(Action action) {
        DiscussionService discussion = panel.discussion();
        Long id = comment.id();
        switch (action) {
            case UPVOTE -> panel.act(rootId, () -> {
                if (comment.upvotedByMe()) {
                    discussion.removeUpvote(id);
                } else {
                    discussion.upvote(id);
                }
            }, null);
            case REPLY -> open(new CommentEditor(panel.markdown(), "discussion.field.reply", "discussion.reply.post",
                    (body, stance) -> discussion.comment(new CommentForm(panel.target(), id, body, stance)),
                    () -> panel.act(rootId, () -> { }, "discussion.replied")));
            case EDIT -> open(new CommentEditor(panel.markdown(), "discussion.field.body", "discussion.edit.save",
                    (body, stance) -> discussion.edit(id, comment.version(), body, stance),
                    () -> panel.act(rootId, () -> { }, "discussion.edit.saved"))
                    .fill(source(), comment.stance()));
            case DELETE -> Confirm.ask(this, "discussion.delete.title", "discussion.delete.text", "discussion.delete.confirm",
                    () -> panel.act(rootId, () -> discussion.delete(id), "discussion.deleted"));
        }
    }

    /** Opens an inline form under the comment, in place of any other; a sibling, as the comment's own content is its HTML. */
    private void open(CommentEditor editor) {
        if (editorSlot == null) {
            editorSlot = new Div();
            editorSlot.addClassName("gv-comment-editor");
            indent(editorSlot);
            Element box = getElement().getParent();
            box.insertChild(box.indexOfChild(getElement()) + 1, editorSlot.getElement());
        }
        editorSlot.removeAll();
        editorSlot.add(editor.cancellable(this::closeEditor));
        editor.body.focus();
    }

    private void closeEditor() {
        if (editorSlot != null) {
            editorSlot.removeFromParent();
            editorSlot = null;
        }
    }

    private void indent(Div div) {
        div.getStyle().set("margin-inline-start", (comment.depth() * 2) + "em");
        if (comment.depth() > 0) {
            div.getStyle().set("border-inline-start", "2px solid var(--lumo-contrast-10pct)");
            div.getStyle().set("padding-inline-start", "var(--lumo-space-s)");
        }
    }

    /** For the markup's dates. */
    Locale locale() {
        return getLocale();
    }

    /** The Markdown the author wrote, which the service hands to the author only. */
    private String source() {
        return comment.markdown() == null ? "" : comment.markdown();
    }
}
