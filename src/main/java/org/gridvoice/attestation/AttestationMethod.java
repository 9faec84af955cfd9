package org.gridvoice.attestation;

/** How a resident attested an entry: a code sent to their phone, the code of a printed slip, in person before a witness, or signed in. */
public enum AttestationMethod {
    PHONE_CODE, SLIP_CODE, IN_PERSON, SIGNED_IN
}
