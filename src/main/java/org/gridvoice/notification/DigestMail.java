package org.gridvoice.notification;

import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.EmailPreference;
import org.gridvoice.notification.domain.NotificationStore;
import org.gridvoice.notification.domain.Notifier;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.mail.MailOutbox;
import org.gridvoice.shared.mail.OutgoingMail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Once a day, one mail per digest reader with everything not mailed yet; one instance at a time (ShedLock). */
@Component
class DigestMail {

    private final NotificationStore store;
    private final Notifier notifier;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final Messages messages;

    DigestMail(NotificationStore store, Notifier notifier, AccountService accounts, MailOutbox outbox, Messages messages) {
        this.store = store;
        this.notifier = notifier;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
    }

    @Scheduled(cron = "${gridvoice.mail.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M")
    @Transactional
    public void send() {
        for (Long userId : store.usersWithUnmailed()) {
            var recipient = accounts.recipient(userId).orElse(null);
            if (recipient == null || !recipient.hasEmail() || recipient.emailPreference() != EmailPreference.DAILY_DIGEST) {
                store.markMailed(userId);
                continue;
            }
            var rows = store.unmailed(userId);
            String lines = rows.stream().map(r -> "• " + notifier.render(r.kind(), r.argList(), recipient.locale()))
                    .collect(Collectors.joining("\n"));
            outbox.enqueue(OutgoingMail.of(recipient.email(), messages.get(recipient.locale(), "mail.digest.subject", rows.size()),
                            messages.get(recipient.locale(), "mail.greeting", recipient.displayName()), lines,
                            messages.get(recipient.locale(), "mail.digest.open"), notifier.absolute("notifications"))
                    .withFooter(messages.get(recipient.locale(), "mail.unsubscribe"), notifier.unsubscribeLink(recipient)));
            store.markMailed(userId);
        }
    }
}
