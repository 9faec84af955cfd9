package org.gridvoice.account;

/**
 * Whether the signed-in user may get notifications by text message (they have a confirmed phone),
 * the number as they read it, and whether they chose to.
 */
public record SmsChoice(boolean offered, String phone, boolean chosen) {
}
