package org.gridvoice.account;

import java.util.Locale;

/**
 * A user as a mail recipient: address, name, language and mail preference; {@code stamp} is the
 * account's version when read, which an unsubscribe link names so that it ends once the account changed.
 * {@code email} is null for an account registered with a phone only; its preference is then NEVER.
 */
public record Recipient(Long id, String email, String displayName, Locale locale, EmailPreference emailPreference, long stamp) {

    public Recipient(Long id, String email, String displayName, Locale locale, EmailPreference emailPreference) {
        this(id, email, displayName, locale, emailPreference, 0);
    }
}
