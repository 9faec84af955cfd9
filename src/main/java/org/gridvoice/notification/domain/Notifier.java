package org.gridvoice.notification.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.EmailPreference;
import org.gridvoice.account.Recipient;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.mail.MailOutbox;
import org.gridvoice.shared.mail.MailSubjects;
import org.gridvoice.shared.mail.OutgoingMail;
import org.gridvoice.shared.sms.SmsMessage;
import org.gridvoice.shared.sms.SmsOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records a notification and, by the recipient's preference, queues its mail in the same
 * transaction (immediately) or leaves it for the daily digest. Accounts without an address (made
 * with a phone) get no mail. The important kinds carry a text message ({@link Sms}), queued in the
 * same transaction for those who chose SMS and have a confirmed phone.
 */
@Component
public class Notifier {

    /** Characters of the notification's sentence in a mail subject; the body carries it whole. */
    static final int SUBJECT_SUMMARY = 80;

    /** Characters of a title in a text message's variable (Aliyun allows 35 for most kinds of variable). */
    static final int SMS_VARIABLE = 20;

    private final NotificationStore store;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final SmsOutbox smsOutbox;
    private final Messages messages;
    private final UnsubscribeTokens unsubscribe;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationStore store, AccountService accounts, MailOutbox outbox, SmsOutbox smsOutbox, Messages messages,
             UnsubscribeTokens unsubscribe, Clock clock, @Value("${gridvoice.base-url}") String baseUrl) {
        this.store = store;
        this.accounts = accounts;
        this.outbox = outbox;
        this.smsOutbox = smsOutbox;
        this.messages = messages;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * A text message that goes with an important notification: its template ({@code sms.template.<template>}
     * in the bundles, an approved template at the provider) and its params, made in the reader's language.
     */
    public record Sms(String template, Function<Locale, Map<String, String>> params) {
    }

    public void notify(Long userId, String kind, List<String> args, String link) {
        notify(userId, kind, args, link, true, true, null);
    }

    /** As {@link #notify(Long, String, List, String)}, and by text message to those who chose it. */
    public void notify(Long userId, String kind, List<String> args, String link, Sms sms) {
        notify(userId, kind, args, link, true, true, sms);
    }

    /** In the bell only: for events whose owning module already mails its own, fuller message. */
    public void notifyInAppOnly(Long userId, String kind, List<String> args, String link) {
        notify(userId, kind, args, link, false, false, null);
    }

    /** In the bell, and by text message to those who chose it (the owning module mails its own message). */
    public void notifyInAppOnly(Long userId, String kind, List<String> args, String link, Sms sms) {
        notify(userId, kind, args, link, false, false, sms);
    }

    /**
     * In the bell, and in the daily digest of those who read one, but never a mail of its own: for
     * broadcasts to a whole electorate, which would otherwise send thousands of mails at once.
     */
    public void notifyInAppAndDigest(Long userId, String kind, List<String> args, String link) {
        notify(userId, kind, args, link, false, true, null);
    }

    /** As {@link #notifyInAppAndDigest(Long, String, List, String)}, and by text message to those who chose it. */
    public void notifyInAppAndDigest(Long userId, String kind, List<String> args, String link, Sms sms) {
        notify(userId, kind, args, link, false, true, sms);
    }

    private void notify(Long userId, String kind, List<String> args, String link, boolean mail, boolean digest, Sms sms) {
        Recipient recipient = accounts.recipient(userId).orElse(null);
        if (recipient == null) {
            return;
        }
        boolean mailNow = mail && recipient.hasEmail() && recipient.emailPreference() == EmailPreference.IMMEDIATE;
        boolean forDigest = digest && recipient.hasEmail() && recipient.emailPreference() == EmailPreference.DAILY_DIGEST;
        store.add(userId, kind, args, link, !forDigest, LocalDateTime.now(clock));
        if (mailNow) {
            String text = render(kind, args.toArray(String[]::new), recipient.locale());
            outbox.enqueue(OutgoingMail.of(recipient.email(), messages.get(recipient.locale(), "mail.notification.subject",
                            MailSubjects.summary(text, SUBJECT_SUMMARY)),
                            messages.get(recipient.locale(), "mail.greeting", recipient.displayName()), text,
                            messages.get(recipient.locale(), "mail.notification.open"), absolute(link))
                    .withFooter(messages.get(recipient.locale(), "mail.unsubscribe"), unsubscribeLink(recipient)));
        }
        if (sms != null) {
            recipient.smsPhone().ifPresent(phone ->
                    smsOutbox.enqueue(new SmsMessage(phone, sms.template(), sms.params().apply(recipient.locale()), recipient.locale())));
        }
    }

    /** A date and time as short as a text message wants it, in the reader's language ({@code sms.time-pattern}). */
    public String when(LocalDateTime time, Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern(messages.get(locale, "sms.time-pattern"), locale).format(time);
    }

    /** Template params in the order the bundle's text numbers them ({0}, {1}, …): names and values alternating. */
    public static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** A short text for a template variable: providers take about 20 characters per variable. */
    public static String brief(String text) {
        return MailSubjects.summary(text, SMS_VARIABLE);
    }

    /** The notification's sentence in the reader's language; arguments written "key:…" are translated first. */
    public String render(String kind, String[] args, Locale locale) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].startsWith("key:") ? messages.get(locale, args[i].substring(4)) : args[i];
        }
        // a kind with a dot is its owning module's own key (initiative.notify.…), so the module keeps its texts under its prefix
        return messages.get(locale, kind.indexOf('.') >= 0 ? kind : "notification.kind." + kind, values);
    }

    public String absolute(String link) {
        return baseUrl + "/" + (link == null ? "" : link);
    }

    /** A one-click unsubscribe link for this recipient, ending when used, when the account changes, or after its lifetime. */
    public String unsubscribeLink(Recipient recipient) {
        return baseUrl + "/unsubscribe?token=" + unsubscribe.issue(recipient.id(), recipient.stamp());
    }
}
