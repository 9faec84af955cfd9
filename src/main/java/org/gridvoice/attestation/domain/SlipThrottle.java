package org.gridvoice.attestation.domain;

import java.time.Duration;
import org.gridvoice.account.RequestLimits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Limits how often one client address may try slip codes, so that nobody can guess them: counted in
 * a transaction of its own, because a wrong code rolls the caller back and must still count.
 */
@Component
public class SlipThrottle {

    public static final int TRIES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final RequestLimits limits;

    SlipThrottle(RequestLimits limits) {
        this.limits = limits;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow() {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "local";
        return limits.allow("attest-slip:" + address, TRIES, WINDOW);
    }
}
