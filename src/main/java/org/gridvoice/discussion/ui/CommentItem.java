package org.gridvoice.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.CommentView;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.shared.ui.Confirm;
import org.gridvoice.shared.ui.Dates;

/**
 * One comment of a thread, indented by its depth: who wrote it and when, its stance and text (or
 * a tombstone, or the committee's reason for hiding it), and what the reader may do with it.
 */
class CommentItem extends Div {

    /** Replies go this deep at most (0 is a top-level comment). */
    static final int MAX_DEPTH = 2;

    final CommentView comment;
    final Div actions = new Div();
    /** Where the inline reply or correction form opens. */
    final Div editorSlot = new Div();
    Button upvote;
    private final Long rootId;
    private final CommentsPanel panel;

    CommentItem(CommentView comment, Long rootId, CommentsPanel panel) {
        this.comment = comment;
        this.rootId = rootId;
        this.panel = panel;
        setId("comment-" + comment.id());
        addClassNames("gv-comment", "gv-comment-depth-" + comment.depth(), LumoUtility.Padding.Vertical.XSMALL);
        getStyle().set("margin-inline-start", (comment.depth() * 2) + "em");
        if (comment.depth() > 0) {
            getStyle().set("border-inline-start", "2px solid var(--lumo-contrast-10pct)");
            getStyle().set("padding-inline-start", "var(--lumo-space-s)");
        }
        add(header(), content());
        if (!comment.deleted()) {
            add(actions());
        }
        add(editorSlot);
    }

    private Div header() {
        Div header = new Div();
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE, LumoUtility.FontSize.SMALL);
        if (!comment.deleted()) {
            Span author = new Span(comment.authorName() == null ? "" : comment.authorName());
            author.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            header.add(author);
            if (comment.enteredByName() != null) {
                Span entered = new Span(getTranslation("attest.entered-by", comment.enteredByName(), comment.authorName()));
                entered.addClassNames(LumoUtility.TextColor.SECONDARY);
                entered.addClassName("gv-entered-by");
                header.add(entered);
            }
        }
        Span date = new Span(Dates.format(comment.createdAt(), getLocale()));
        date.addClassNames(LumoUtility.TextColor.SECONDARY);
        header.add(date);
        if (comment.edited() && !comment.deleted()) {
            Span edited = new Span(getTranslation("discussion.edited"));
            edited.addClassNames(LumoUtility.TextColor.SECONDARY);
            header.add(edited);
        }
        if (comment.stance() != null && !comment.deleted()) {
            header.add(new StanceBadge(comment.stance()));
        }
        return header;
    }

    private Component content() {
        if (comment.deleted() || comment.hidden()) {
            String text = comment.deleted() ? getTranslation("discussion.tombstone")
                    : comment.hiddenReason() == null ? getTranslation("discussion.hidden.pending")
                    : getTranslation("discussion.hidden", comment.hiddenReason());
            Paragraph note = new Paragraph(text);
            note.addClassNames("gv-comment-note", LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            note.getStyle().set("font-style", "italic");
            return note;
        }
        Div body = new Div(new Html("<div>" + comment.bodyHtml() + "</div>"));
        body.addClassName("gv-comment-body");
        return body;
    }

    private Div actions() {
        DiscussionService discussion = panel.discussion();
        Long id = comment.id();
        boolean signedIn = panel.signedIn();
        upvote = new Button(String.valueOf(comment.upvotes()), new Icon(VaadinIcon.THUMBS_UP), e -> panel.act(rootId, () -> {
            if (comment.upvotedByMe()) {
                discussion.removeUpvote(id);
            } else {
                discussion.upvote(id);
            }
        }, null));
        upvote.addThemeVariants(comment.upvotedByMe() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL);
        upvote.getElement().setAttribute("aria-pressed", String.valueOf(comment.upvotedByMe()));
        upvote.setAriaLabel(getTranslation("discussion.upvote.label", comment.upvotes()));
        upvote.setEnabled(signedIn && !comment.mine());
        upvote.setTooltipText(comment.mine() ? getTranslation("discussion.error.own-upvote")
                : getTranslation("discussion.upvote.label", comment.upvotes()));
        actions.add(upvote);

        if (signedIn && comment.depth() < MAX_DEPTH) {
            actions.add(small(new Button(getTranslation("discussion.reply"), new Icon(VaadinIcon.REPLY), e -> open(
                    new CommentEditor(panel.markdown(), "discussion.field.reply", "discussion.reply.post",
                            (body, stance) -> discussion.comment(new CommentForm(panel.target(), id, body, stance)),
                            () -> panel.act(rootId, () -> { }, "discussion.replied"))))));
        }
        if (comment.editable()) {
            actions.add(small(new Button(getTranslation("discussion.edit"), new Icon(VaadinIcon.EDIT), e -> open(
                    new CommentEditor(panel.markdown(), "discussion.field.body", "discussion.edit.save",
                            (body, stance) -> discussion.edit(id, comment.version(), body, stance),
                            () -> panel.act(rootId, () -> { }, "discussion.edit.saved"))
                            .fill(source(), comment.stance())))));
        }
        if (comment.mine()) {
            Button delete = small(new Button(getTranslation("discussion.delete"), new Icon(VaadinIcon.TRASH),
                    e -> Confirm.ask(this, "discussion.delete.title", "discussion.delete.text", "discussion.delete.confirm",
                            () -> panel.act(rootId, () -> discussion.delete(id), "discussion.deleted"))));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        } else if (panel.reportedByMe(id)) {
            Span reported = new Span(new Icon(VaadinIcon.FLAG), new Span(getTranslation("discussion.reported")));
            reported.addClassNames("gv-comment-reported", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.Display.INLINE_FLEX, LumoUtility.Gap.XSMALL, LumoUtility.AlignItems.CENTER);
            actions.add(reported);
        } else if (!comment.hidden() && panel.mayReport()) {
            Anchor report = new Anchor("flag/comment/" + id, getTranslation("discussion.report"));
            report.getElement().setAttribute("router-link", true);
            report.getElement().setAttribute("aria-label", getTranslation("discussion.report.label"));
            report.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            actions.add(report);
        }
        actions.addClassNames("gv-comment-actions", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        return actions;
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Opens an inline form under the comment, in place of any other. */
    private void open(CommentEditor editor) {
        editorSlot.removeAll();
        editorSlot.add(editor.cancellable(editorSlot::removeAll));
        editor.body.focus();
    }

    /** The Markdown the author wrote, which the service hands to the author only. */
    private String source() {
        return comment.markdown() == null ? "" : comment.markdown();
    }
}
