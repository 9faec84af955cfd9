package org.gridvoice.attestation;

import java.util.Locale;

/**
 * A kind of input staff may enter for a resident, implemented by the module that owns it (a Spring
 * bean). The payload is that module's own form as JSON; the module checks it as its own create
 * would, shows it to the resident, and creates the item as the resident once they attest it.
 */
public interface AttestableKind {

    /** The kind's name, stored with every entry ({@code request}). */
    String kind();

    /** Refuses a payload the module's own create would refuse, with the same {@code InvalidInput}, storing nothing. */
    void validate(Long residentId, String payload);

    /** The wording the resident confirms, as plain text in the reader's language. */
    String preview(String payload, Locale locale);

    /** Creates the item as the resident's own, marked as entered by {@code staffId}, in the caller's transaction. */
    Created create(Long residentId, Long staffId, String payload);

    /** What the attested entry became: the item's id and the route of its page. */
    record Created(long itemId, String route) {
    }
}
