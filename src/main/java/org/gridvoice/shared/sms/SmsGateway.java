package org.gridvoice.shared.sms;

/**
 * Sends one text message through a provider. Called only by the outbox's sender, never in a user's
 * request: a slow or absent provider delays messages and holds up nothing else. Implementations set
 * a timeout on every call to the provider and throw {@link SmsFailure} when the message was not accepted.
 */
public interface SmsGateway {

    /** Sends the message; returns the provider's reference for it (its id or biz id), or null. */
    String send(SmsMessage message) throws SmsFailure;

    /**
     * Sends the message with our own reference for it (the outbox row's id), which providers that
     * keep one (Aliyun's OutId) return in their delivery reports, for reconciling after a crash.
     */
    default String send(SmsMessage message, String reference) throws SmsFailure {
        return send(message);
    }

    /** Thrown when the provider did not accept a message; the outbox tries again later. */
    class SmsFailure extends Exception {
        public SmsFailure(String message, Throwable cause) {
            super(message, cause);
        }

        public SmsFailure(String message) {
            super(message);
        }
    }
}
