package org.gridvoice.account;

/** Who signed in with a code by SMS, and how: a new account, an existing one, or one the staff registered and its owner now took over. */
public record PhoneSignIn(SignedInUser user, How how) {

    public enum How { CREATED, EXISTING, TAKEN_OVER }
}
