package org.gridvoice.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.notification.domain.NotificationStore;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.notification.domain.UnsubscribeTokens;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's notifications (the bell), follows of consultations, and unsubscribing by link. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationStore store;
    private final Notifier notifier;
    private final UnsubscribeTokens tokens;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationStore store, Notifier notifier, UnsubscribeTokens tokens, AccountService accounts,
                        CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Newest first, in the given language. */
    @PreAuthorize("isAuthenticated()")
    public Page<NotificationItem> mine(Pageable pageable, Locale locale) {
        long me = currentUser.requireId();
        var rows = store.page(me, (int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(rows.stream().map(r -> new NotificationItem(r.id(), notifier.render(r.kind(), r.argList(), locale),
                r.link(), r.createdAt(), r.readAt() != null)).toList(), pageable, store.count(me));
    }

    /** Unread count for the bell; zero for visitors. */
    public long unreadCount() {
        return currentUser.get().map(u -> store.unread(u.id())).orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(Long id) {
        store.markRead(currentUser.requireId(), id, LocalDateTime.now(clock));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        store.markAllRead(currentUser.requireId(), LocalDateTime.now(clock));
    }

    /** Follows a consultation: its phase changes are then notified. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(Long consultationId) {
        store.follow(consultationId, currentUser.requireId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(Long consultationId) {
        store.unfollow(consultationId, currentUser.requireId());
    }

    public boolean following(Long consultationId) {
        return currentUser.get().map(u -> store.follows(consultationId, u.id())).orElse(false);
    }

    /** Stops notification mail for the user the signed link names; false for a forged or broken link. */
    @Transactional
    public boolean unsubscribe(String token) {
        return tokens.verify(token).map(claim -> accounts.stopNotificationMail(claim.userId(), claim.stamp())).orElse(false);
    }
}
