package org.gridvoice.casework.domain;

/**
 * Whether a step may be taken now: allowed; refused with an i18n key that says why (shown on the
 * screen, thrown by the service); or not this person's case at all ({@code notYours}: the service
 * denies access, the screen offers nothing).
 */
public record StepVerdict(boolean allowed, String refusalKey, boolean notYours) {

    public static final StepVerdict ALLOWED = new StepVerdict(true, null, false);
    public static final StepVerdict NOT_YOURS = new StepVerdict(false, null, true);

    public static StepVerdict refused(String key) {
        return new StepVerdict(false, key, false);
    }
}
