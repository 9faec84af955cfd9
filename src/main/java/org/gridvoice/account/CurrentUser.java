package org.gridvoice.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in user of the current request, if any. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    /** The signed-in user's id; refuses anonymous callers with {@link AccessDeniedException}. */
    public Long requireId() {
        return get().map(SignedInUser::id).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
