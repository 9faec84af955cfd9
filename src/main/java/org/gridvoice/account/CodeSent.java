package org.gridvoice.account;

/**
 * A code is on its way by SMS to {@code phone} (E.164; {@code shown} as its owner reads it): valid
 * {@code validMinutes}, and a new one may be asked for after {@code resendAfterSeconds}.
 */
public record CodeSent(String phone, String shown, int validMinutes, int resendAfterSeconds) {
}
