package org.gridvoice.account.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this account name or from this client address: refused without
 * checking the password. Says which delay applies and how long it still runs.
 */
public class LoginThrottledException extends AuthenticationException {

    /** Whose failures caused the delay. */
    public enum Scope { ACCOUNT, ADDRESS }

    private final Scope scope;
    private final Duration wait;

    public LoginThrottledException(Scope scope, Duration wait) {
        super("too many failed sign-ins for this " + scope.name().toLowerCase(java.util.Locale.ROOT) + "; wait " + wait);
        this.scope = scope;
        this.wait = wait;
    }

    public Scope scope() {
        return scope;
    }

    public Duration waitTime() {
        return wait;
    }
}
