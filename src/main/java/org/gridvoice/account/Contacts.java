package org.gridvoice.account;

/** How the signed-in user can be reached and sign in: email and phone (each may be null) and whether they have a password. */
public record Contacts(String email, boolean emailConfirmed, String phone, boolean phoneConfirmed, boolean hasPassword) {
}
