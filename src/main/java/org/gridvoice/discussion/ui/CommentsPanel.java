package org.gridvoice.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.CommentThread;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.discussion.Stance;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.markdown.MarkdownRenderer;
import org.gridvoice.shared.ui.FormErrors;
import org.gridvoice.shared.ui.Toasts;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;

/**
 * The discussion of one piece of content, for the screens that show it: the stance counts, a form
 * for a new comment (or a sign-in link for visitors), and the threads, ten top-level comments at
 * a time. Screens get a fresh one from an injected {@code ObjectProvider<CommentsPanel>} and call
 * {@link #show(ContentRef)}.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class CommentsPanel extends Section {

    static final int PAGE_SIZE = 10;
    /** The comment's button that a click in the threads landed on or inside, if any. */
    static final String CLICKED = "event.target.closest('button[data-action]')";
    static final String CLICKED_ACTION = CLICKED + ".dataset.action";
    static final String CLICKED_COMMENT = CLICKED + ".dataset.comment";

    private final DiscussionService discussion;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final ModerationService moderation;
    /** The comments shown that the reader has reported, marked so in place of the report link. */
    private final Set<Long> reported = new HashSet<>();
    /** Why the signed-in reader may not report comments here, asked once per page (all comments of a panel share a community). */
    private Optional<String> reportRefusal = Optional.empty();
    final Div counts = new Div();
    final Div threads = new Div();
    final Paragraph empty = new Paragraph();
    final Button more = new Button();
    /** The box of each thread shown, by its top-level comment's id, in the order shown. */
    private final Map<Long, Div> boxes = new LinkedHashMap<>();
    private ContentRef target;
    private int pages;

    CommentsPanel(DiscussionService discussion, CurrentUser currentUser, MarkdownRenderer markdown, ModerationService moderation) {
        this.discussion = discussion;
        this.moderation = moderation;
        this.currentUser = currentUser;
        this.markdown = markdown;
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> loadMore());
        // one listener for the buttons of all comments shown, instead of a server-side Button each (see CommentItem)
        threads.getElement().addEventListener("click", e -> onAction(text(e.getEventData(), CLICKED_ACTION),
                        text(e.getEventData(), CLICKED_COMMENT)))
                .setFilter(CLICKED + " !== null")
                .addEventData(CLICKED_ACTION)
                .addEventData(CLICKED_COMMENT);
        addClassNames("gv-comments", LumoUtility.Margin.Top.LARGE);
    }

    /** Shows the discussion of the content, from its first page. */
    public CommentsPanel show(ContentRef content) {
        this.target = content;
        removeAll();
        counts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        add(new H3(getTranslation("discussion.title")), counts);
        if (signedIn()) {
            add(new CommentEditor(markdown::toHtml, "discussion.field.body", "discussion.post",
                    (body, stance) -> discussion.comment(new CommentForm(content, null, body, stance)), () -> {
                        Toasts.success(getTranslation("discussion.posted"));
                        reload();
                    }));
        } else {
            Anchor signIn = new Anchor("login", getTranslation("discussion.sign-in"));
            signIn.getElement().setAttribute("router-link", true);
            add(new Paragraph(signIn));
        }
        empty.setText(getTranslation("discussion.empty"));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        more.setText(getTranslation("discussion.more"));
        threads.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        add(threads, empty, more);
        pages = 0;
        reload();
        return this;
    }

    /** Shows again all pages loaded so far, and the counts. */
    void reload() {
        threads.removeAll();
        boxes.clear();
        pages = Math.max(pages, 1);
        Page<CommentThread> page = discussion.thread(target, PageRequest.of(0, pages * PAGE_SIZE));
        noteReported(page.getContent());
        page.forEach(this::append);
        finish(page.getTotalElements());
        refreshCounts();
        scrollToAnchor();
    }

    /** Appends the next page of top-level comments. */
    void loadMore() {
        Page<CommentThread> page = discussion.thread(target, PageRequest.of(pages, PAGE_SIZE));
        noteReported(page.getContent());
        page.forEach(this::append);
        pages++;
        finish(page.getTotalElements());
    }

    /** Shows one thread again after a change in it, and the counts. */
    void refreshThread(Long rootId) {
        int index = new ArrayList<>(boxes.keySet()).indexOf(rootId);
        if (index < 0) {
            reload();
            return;
        }
        discussion.thread(target, PageRequest.of(index / PAGE_SIZE, PAGE_SIZE)).stream()
                .filter(t -> t.comment().id().equals(rootId)).findFirst()
                .ifPresentOrElse(t -> {
                    noteReported(List.of(t));
                    fill(boxes.get(rootId), t);
                }, this::reload);
        refreshCounts();
    }

    /** Runs a service call on a comment of the thread; a refusal is shown, and the thread is shown again either way. */
    void act(Long rootId, Runnable call, String doneKey) {
        if (new FormErrors(this).attempt(call) && doneKey != null) {
            Toasts.success(getTranslation(doneKey));
        }
        refreshThread(rootId);
    }

    /**
     * A click on a comment's button. What the browser says was clicked is not trusted: only a comment
     * shown here, and only an action it offers this reader, is acted on; anything else is ignored.
     */
    void onAction(String actionCode, String commentId) {
        Optional<CommentItem.Action> action = CommentItem.Action.of(actionCode);
        Optional<CommentItem> item = shown(commentId);
        if (action.isPresent() && item.isPresent() && item.get().offers(action.get())) {
            item.get().run(action.get());
        }
    }

    private Optional<CommentItem> shown(String commentId) {
        if (commentId == null || !commentId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Long id = Long.valueOf(commentId);
        return boxes.values().stream().flatMap(Div::getChildren).filter(CommentItem.class::isInstance)
                .map(CommentItem.class::cast).filter(c -> c.comment.id().equals(id)).findFirst();
    }

    private static String text(JsonNode data, String key) {
        JsonNode value = data == null ? null : data.get(key);
        return value == null || !value.isString() ? null : value.asString();
    }

    boolean signedIn() {
        return currentUser.get().isPresent();
    }

    boolean reportedByMe(Long commentId) {
        return reported.contains(commentId);
    }

    /** Signed-in readers who may not report here (not verified in this community, not its staff) get no report links. */
    boolean mayReport() {
        return reportRefusal.isEmpty();
    }

    /** A few statements per page of threads: which of its comments the reader has reported, and whether they may report here. */
    private void noteReported(List<CommentThread> shown) {
        if (signedIn() && !shown.isEmpty()) {
            reportRefusal = moderation.readerRefusal(new ContentRef(ContentRef.COMMENT, shown.getFirst().comment().id()));
            reported.addAll(moderation.reportedByMe(ContentRef.COMMENT, shown.stream()
                    .flatMap(t -> Stream.concat(Stream.of(t.comment()), t.replies().stream())).map(c -> c.id()).toList()));
        }
    }

    // links from moderation and notifications name a comment after '#'; the thread is drawn after the browser looked for it
    private void scrollToAnchor() {
        getElement().executeJs("""
                const id = decodeURIComponent(location.hash.substring(1));
                if (id.startsWith('comment-')) {
                  setTimeout(() => document.getElementById(id)?.scrollIntoView({block: 'center'}), 0);
                }""");
    }

    DiscussionService discussion() {
        return discussion;
    }

    ContentRef target() {
        return target;
    }

    UnaryOperator<String> markdown() {
        return markdown::toHtml;
    }

    private void append(CommentThread thread) {
        Long rootId = thread.comment().id();
        if (boxes.containsKey(rootId)) {
            return;
        }
        Div box = new Div();
        box.addClassName("gv-comment-thread");
        boxes.put(rootId, box);
        threads.add(box);
        fill(box, thread);
    }

    private void fill(Div box, CommentThread thread) {
        Long rootId = thread.comment().id();
        box.removeAll();
        box.add(new CommentItem(thread.comment(), rootId, this));
        thread.replies().forEach(reply -> box.add(new CommentItem(reply, rootId, this)));
    }

    private void finish(long total) {
        empty.setVisible(boxes.isEmpty());
        more.setVisible(boxes.size() < total);
    }

    private void refreshCounts() {
        Map<Stance, Long> byStance = discussion.stanceCounts(target);
        counts.removeAll();
        long total = 0;
        for (Stance stance : Stance.values()) {
            long count = byStance.getOrDefault(stance, 0L);
            counts.add(new StanceBadge(stance, count));
            total += count;
        }
        Span sum = new Span(getTranslation("discussion.stance.total", total));
        sum.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        counts.add(sum);
    }
}
