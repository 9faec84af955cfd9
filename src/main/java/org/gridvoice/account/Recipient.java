package org.gridvoice.account;

import java.util.Locale;

/** A user as a mail recipient: address, name, language and mail preference. */
public record Recipient(Long id, String email, String displayName, Locale locale, EmailPreference emailPreference) {
}
