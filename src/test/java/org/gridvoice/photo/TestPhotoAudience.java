package org.gridvoice.photo;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An owner kind for tests only (picked up by the shared context's scan): its non-internal photos
 * are public, its internal ones visible to signed-in users only.
 */
@Component
class TestPhotoAudience implements PhotoAudience {

    static final String KIND = "TEST_OWNER";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean maySee(long ownerId, boolean internal) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return !internal || auth != null && auth.getPrincipal() instanceof org.gridvoice.account.SignedInUser;
    }

    @Override
    public boolean isPublic(long ownerId, boolean internal) {
        return !internal;
    }
}
