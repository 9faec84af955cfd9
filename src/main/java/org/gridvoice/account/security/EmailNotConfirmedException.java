package org.gridvoice.account.security;

import org.springframework.security.core.AuthenticationException;

/** Right password, but the mailed confirmation link has not been followed yet. */
public class EmailNotConfirmedException extends AuthenticationException {
    public EmailNotConfirmedException() {
        super("email not confirmed");
    }
}
