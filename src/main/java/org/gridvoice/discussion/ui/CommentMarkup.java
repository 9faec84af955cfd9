package org.gridvoice.discussion.ui;

import org.gridvoice.discussion.CommentView;
import org.gridvoice.shared.ui.Dates;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of one comment, built on the server so that the browser gets one light element per
 * comment instead of some fifteen web components (buttons, icons, tooltips, badges): opening a page
 * of fifty comments used to spend most of its time creating those. Its buttons carry
 * {@code data-action} and {@code data-comment} for the panel's single click listener.
 * <p>
 * {@code bodyHtml} is sanitised already; every other text inserted here is escaped. The up-vote and
 * "reported" icons come from the stylesheet (gridvoice.css), not from a {@code vaadin-icon} each.
 */
final class CommentMarkup {

    private final StringBuilder html = new StringBuilder(1_024);
    private final CommentItem item;
    private final CommentView comment;

    private CommentMarkup(CommentItem item) {
        this.item = item;
        this.comment = item.comment;
    }

    static String of(CommentItem item) {
        return new CommentMarkup(item).render();
    }

    private String render() {
        header();
        content();
        if (!comment.deleted()) {
            actions();
        }
        return html.toString();
    }

    private void header() {
        html.append("<div class=\"gv-comment-header\">");
        if (!comment.deleted()) {
            span("gv-comment-author", comment.authorName() == null ? "" : comment.authorName());
            if (comment.enteredByName() != null) {
                span("gv-comment-meta gv-entered-by", t("attest.entered-by", comment.enteredByName(), comment.authorName()));
            }
        }
        span("gv-comment-meta", Dates.format(comment.createdAt(), item.locale()));
        if (comment.edited() && !comment.deleted()) {
            span("gv-comment-meta", t("discussion.edited"));
        }
        if (comment.stance() != null && !comment.deleted()) {
            // looks like StanceBadge, without being a component
            html.append("<span theme=\"").append(StanceBadge.theme(comment.stance())).append("\">")
                    .append(escape(t(StanceBadge.key(comment.stance())))).append("</span>");
        }
        html.append("</div>");
    }

    private void content() {
        if (comment.deleted() || comment.hidden()) {
            String text = comment.deleted() ? t("discussion.tombstone")
                    : comment.hiddenReason() == null ? t("discussion.hidden.pending")
                    : t("discussion.hidden", comment.hiddenReason());
            html.append("<p class=\"gv-comment-note\">").append(escape(text)).append("</p>");
        } else {
            html.append("<div class=\"gv-comment-body\"><div>").append(comment.bodyHtml()).append("</div></div>");
        }
    }

    private void actions() {
        html.append("<div class=\"gv-comment-actions\">");
        String votes = t("discussion.upvote.label", comment.upvotes());
        html.append("<button type=\"button\" data-action=\"upvote\" data-comment=\"").append(comment.id())
                .append("\" aria-label=\"").append(escape(votes))
                .append("\" aria-pressed=\"").append(comment.upvotedByMe())
                .append("\" title=\"").append(escape(comment.mine() ? t("discussion.error.own-upvote") : votes)).append('"')
                .append(item.offers(CommentItem.Action.UPVOTE) ? "" : " disabled")
                .append('>')
                .append(comment.upvotes()).append("</button>");
        button(CommentItem.Action.REPLY, "discussion.reply");
        button(CommentItem.Action.EDIT, "discussion.edit");
        button(CommentItem.Action.DELETE, "discussion.delete");
        if (item.showsReported()) {
            html.append("<span class=\"gv-comment-reported\"><span>")
                    .append(escape(t("discussion.reported"))).append("</span></span>");
        } else if (item.showsReportLink()) {
            // router-link: Vaadin's router navigates on the client without a page load, as the Anchor did
            html.append("<a class=\"gv-comment-report\" href=\"flag/comment/").append(comment.id())
                    .append("\" router-link aria-label=\"").append(escape(t("discussion.report.label"))).append("\">")
                    .append(escape(t("discussion.report"))).append("</a>");
        }
        html.append("</div>");
    }

    /** A text button, shown only when the reader may do it. */
    private void button(CommentItem.Action action, String labelKey) {
        if (item.offers(action)) {
            html.append("<button type=\"button\" data-action=\"").append(action.code()).append("\" data-comment=\"")
                    .append(comment.id()).append("\">").append(escape(t(labelKey))).append("</button>");
        }
    }

    private void span(String classes, String text) {
        html.append("<span class=\"").append(classes).append("\">").append(escape(text)).append("</span>");
    }

    private String t(String key, Object... args) {
        return item.getTranslation(key, args);
    }

    /** Escapes for text and for quoted attribute values alike; leaves other characters (Chinese) as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
