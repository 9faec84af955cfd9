package org.gridvoice.account;

import java.util.Locale;
import java.util.Optional;

/**
 * A user as a recipient of notifications: address (null for accounts with a phone only), name,
 * language and mail preference (NEVER without an address); {@code stamp} is the account's version when read, which an
 * unsubscribe link names so that it ends once the account changed. {@code phone} is the confirmed
 * mobile number only (null otherwise) and {@code smsNotifications} whether they chose to get the
 * important notifications by text message too.
 */
public record Recipient(Long id, String email, String displayName, Locale locale, EmailPreference emailPreference, long stamp,
                        String phone, boolean smsNotifications) {

    public Recipient(Long id, String email, String displayName, Locale locale, EmailPreference emailPreference, long stamp) {
        this(id, email, displayName, locale, emailPreference, stamp, null, false);
    }

    public Recipient(Long id, String email, String displayName, Locale locale, EmailPreference emailPreference) {
        this(id, email, displayName, locale, emailPreference, 0);
    }

    /** Whether mail can reach them at all: accounts made with a phone have no address. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** The confirmed number to text, when they chose notifications by SMS. */
    public Optional<String> smsPhone() {
        return smsNotifications && phone != null ? Optional.of(phone) : Optional.empty();
    }
}
