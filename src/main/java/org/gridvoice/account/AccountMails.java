package org.gridvoice.account;

import java.time.Duration;
import java.util.Locale;
import org.gridvoice.account.domain.AccountToken;
import org.gridvoice.account.domain.MailTokens;
import org.gridvoice.account.domain.RequestLimit;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.mail.MailOutbox;
import org.gridvoice.shared.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails about an account itself: confirm the address, reset the password, "someone tried to
 * register with your address". One address gets at most {@code gridvoice.account.mails-per-address}
 * of them per hour, whoever asks, so the public forms cannot flood an inbox. An account without
 * address (phone only) is mailed nothing.
 */
@Component
class AccountMails {

    static final Duration CONFIRM_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final MailTokens tokens;
    private final MailOutbox outbox;
    private final Messages messages;
    private final RequestLimit limit;
    private final String baseUrl;
    private final int perAddress;

    AccountMails(MailTokens tokens, MailOutbox outbox, Messages messages, RequestLimit limit,
                 @Value("${gridvoice.base-url}") String baseUrl,
                 @Value("${gridvoice.account.mails-per-address:5}") int perAddress) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.messages = messages;
        this.limit = limit;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.perAddress = perAddress;
    }

    /** A new confirmation link (earlier ones stop working); {@code force} skips the hourly limit (an administrator asked). */
    void confirmation(UserAccount user, boolean force) {
        if (user.getEmail() == null || !force && !withinLimit(user)) {
            return;
        }
        linkMail(user, AccountToken.Purpose.CONFIRM_EMAIL, CONFIRM_VALIDITY, "mail.confirm.", "/confirm-email");
    }

    void passwordReset(UserAccount user) {
        if (!withinLimit(user)) {
            return;
        }
        linkMail(user, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY, "mail.reset.", "/reset-password");
    }

    /** A mail in the user's language with a new single-purpose link ({@code keys} + subject, body, link). */
    private void linkMail(UserAccount user, AccountToken.Purpose purpose, Duration validity, String keys, String path) {
        String token = tokens.issue(user.getId(), purpose, validity);
        Locale locale = Messages.fromTag(user.getLanguage());
        outbox.enqueue(OutgoingMail.of(user.getEmail(),
                messages.get(locale, keys + "subject"),
                messages.get(locale, "mail.greeting", user.getDisplayName()),
                messages.get(locale, keys + "body"),
                messages.get(locale, keys + "link"),
                baseUrl + path + "?token=" + token));
    }

    /** Someone registered (or asked for a confirmation) with an address that already has a confirmed account. */
    void alreadyRegistered(UserAccount user) {
        if (!withinLimit(user)) {
            return;
        }
        Locale locale = Messages.fromTag(user.getLanguage());
        outbox.enqueue(OutgoingMail.of(user.getEmail(),
                messages.get(locale, "mail.registered.subject"),
                messages.get(locale, "mail.greeting", user.getDisplayName()),
                messages.get(locale, "mail.registered.body", baseUrl + "/login"),
                messages.get(locale, "mail.registered.link"),
                baseUrl + "/forgot-password"));
    }

    /** Also false for an account without address (registered with a phone only): nothing to mail. */
    private boolean withinLimit(UserAccount user) {
        return user.getEmail() != null && limit.allow("to:" + user.getEmail(), perAddress, Duration.ofHours(1));
    }
}
