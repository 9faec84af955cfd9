package org.gridvoice.account.domain;

/** What a code sent by SMS is for, and the template of its text message. */
public enum SmsCodePurpose {
    /** Sign in, register with a mobile number only, or take over an account the staff registered. */
    SIGN_IN("LOGIN_CODE"),
    /** Add a number to the signed-in user's account (or change it). */
    VERIFY_PHONE("VERIFY_PHONE");

    private final String template;

    SmsCodePurpose(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
