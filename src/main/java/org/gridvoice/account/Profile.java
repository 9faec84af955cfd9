package org.gridvoice.account;

public record Profile(Long id, String email, String displayName, String language, EmailPreference emailPreference) {
}
