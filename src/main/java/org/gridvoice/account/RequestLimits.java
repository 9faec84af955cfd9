package org.gridvoice.account;

import java.time.Duration;
import org.gridvoice.account.domain.RequestLimit;
import org.springframework.stereotype.Service;

/**
 * Per-key request limits for other modules (e.g. flags per account), counted in the database in
 * the caller's transaction: a request that is refused and rolls back is not counted.
 */
@Service
public class RequestLimits {

    private final RequestLimit limit;

    RequestLimits(RequestLimit limit) {
        this.limit = limit;
    }

    /** Counts one more request for the key; true while it has had at most {@code max} in the window. */
    public boolean allow(String key, int max, Duration window) {
        return limit.allow(key, max, window);
    }
}
