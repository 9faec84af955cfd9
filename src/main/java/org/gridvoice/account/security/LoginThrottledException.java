package org.gridvoice.account.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account name or address: refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {
    public LoginThrottledException() {
        super("too many failed sign-ins");
    }
}
