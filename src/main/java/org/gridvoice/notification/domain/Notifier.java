package org.gridvoice.notification.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.EmailPreference;
import org.gridvoice.account.Recipient;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.mail.MailOutbox;
import org.gridvoice.shared.mail.MailSubjects;
import org.gridvoice.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records a notification and, by the recipient's preference, queues its mail in the same
 * transaction (immediately) or leaves it for the daily digest.
 */
@Component
public class Notifier {

    /** Characters of the notification's sentence in a mail subject; the body carries it whole. */
    static final int SUBJECT_SUMMARY = 80;

    private final NotificationStore store;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final Messages messages;
    private final UnsubscribeTokens unsubscribe;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationStore store, AccountService accounts, MailOutbox outbox, Messages messages, UnsubscribeTokens unsubscribe,
             Clock clock, @Value("${gridvoice.base-url}") String baseUrl) {
        this.store = store;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public void notify(Long userId, String kind, List<String> args, String link) {
        notify(userId, kind, args, link, true);
    }

    /** In the bell only: for events whose owning module already mails its own, fuller message. */
    public void notifyInAppOnly(Long userId, String kind, List<String> args, String link) {
        notify(userId, kind, args, link, false);
    }

    /**
     * In the bell, and in the daily digest of those who read one, but never a mail of its own: for
     * broadcasts to a whole electorate, which would otherwise send thousands of mails at once.
     */
    public void notifyInAppAndDigest(Long userId, String kind, List<String> args, String link) {
        notify(userId, kind, args, link, false, true);
    }

    private void notify(Long userId, String kind, List<String> args, String link, boolean mail) {
        notify(userId, kind, args, link, mail, mail);
    }

    private void notify(Long userId, String kind, List<String> args, String link, boolean mail, boolean digest) {
        Recipient recipient = accounts.recipient(userId).orElse(null);
        if (recipient == null) {
            return;
        }
        // an account staff registered for a resident may have no email address: the bell only
        boolean mailNow = mail && recipient.email() != null && recipient.emailPreference() == EmailPreference.IMMEDIATE;
        boolean forDigest = digest && recipient.email() != null && recipient.emailPreference() == EmailPreference.DAILY_DIGEST;
        store.add(userId, kind, args, link, !forDigest, LocalDateTime.now(clock));
        if (mailNow) {
            String text = render(kind, args.toArray(String[]::new), recipient.locale());
            outbox.enqueue(OutgoingMail.of(recipient.email(), messages.get(recipient.locale(), "mail.notification.subject",
                            MailSubjects.summary(text, SUBJECT_SUMMARY)),
                            messages.get(recipient.locale(), "mail.greeting", recipient.displayName()), text,
                            messages.get(recipient.locale(), "mail.notification.open"), absolute(link))
                    .withFooter(messages.get(recipient.locale(), "mail.unsubscribe"), unsubscribeLink(recipient)));
        }
    }

    /** The notification's sentence in the reader's language; arguments written "key:…" are translated first. */
    public String render(String kind, String[] args, Locale locale) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].startsWith("key:") ? messages.get(locale, args[i].substring(4)) : args[i];
        }
        return messages.get(locale, "notification.kind." + kind, values);
    }

    public String absolute(String link) {
        return baseUrl + "/" + (link == null ? "" : link);
    }

    /** A one-click unsubscribe link for this recipient, ending when used, when the account changes, or after its lifetime. */
    public String unsubscribeLink(Recipient recipient) {
        return baseUrl + "/unsubscribe?token=" + unsubscribe.issue(recipient.id(), recipient.stamp());
    }
}
