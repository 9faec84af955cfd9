package org.gridvoice.account.security;

import org.gridvoice.account.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the throttle: an account name or address that must still wait (see
 * {@link LoginThrottle}) is refused before the password is checked, and that attempt is not counted; unknown user and
 * wrong password fail alike; an unconfirmed address is only reported once the password was right,
 * so it reveals nothing to a guesser.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String accountKey = LoginThrottle.accountKey(authentication.getName());
        String addressKey = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? LoginThrottle.addressKey(details.getRemoteAddress()) : null;
        var accountWait = throttle.remainingDelay(accountKey);
        if (accountWait.isPresent()) {
            throw new LoginThrottledException(LoginThrottledException.Scope.ACCOUNT, accountWait.get());
        }
        var addressWait = addressKey == null ? java.util.Optional.<java.time.Duration>empty() : throttle.remainingDelay(addressKey);
        if (addressWait.isPresent()) {
            throw new LoginThrottledException(LoginThrottledException.Scope.ADDRESS, addressWait.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(accountKey, true);
            if (addressKey != null) {
                throttle.recordFailure(addressKey, false);
            }
            throw e;
        }
        throttle.reset(accountKey);
        if (result.getPrincipal() instanceof SignedInUser user && !user.emailConfirmed()) {
            throw new EmailNotConfirmedException();
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
