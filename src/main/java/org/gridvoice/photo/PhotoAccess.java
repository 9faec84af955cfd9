package org.gridvoice.photo;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.photo.domain.PhotoStore;
import org.gridvoice.photo.domain.StoredPhoto;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves a photo's stored size to whoever may see it: a pending photo to its uploader only, an
 * attached one as the owning module's {@link PhotoAudience} decides. Anything else is "not found",
 * so a refusal never reveals that a photo exists.
 */
@Service
public class PhotoAccess {

    private final PhotoStore store;
    private final CurrentUser currentUser;
    private final Map<String, PhotoAudience> audiences;

    /** Two audiences for one kind stop the start (a duplicate key); no audience at all is fine: nothing attached is served. */
    PhotoAccess(PhotoStore store, CurrentUser currentUser, ObjectProvider<PhotoAudience> audiences) {
        this.store = store;
        this.currentUser = currentUser;
        this.audiences = audiences.orderedStream().collect(Collectors.toUnmodifiableMap(PhotoAudience::kind, Function.identity()));
    }

    /** The size's bytes if the current user (or anonymous visitor) may see the photo; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<PhotoContent> content(long id, PhotoSize size) {
        Optional<StoredPhoto> photo = store.find(id);
        if (photo.isEmpty()) {
            return Optional.empty();
        }
        Optional<Boolean> publicly = visibility(photo.get());
        if (publicly.isEmpty()) {
            return Optional.empty();
        }
        return store.bytes(id, size).map(bytes -> new PhotoContent(bytes, "image/jpeg", publicly.get()));
    }

    /** Empty when the current user may not see it; otherwise whether anyone at all may (so caches may keep it). */
    private Optional<Boolean> visibility(StoredPhoto p) {
        Optional<Long> viewer = currentUser.get().map(SignedInUser::id);
        if (p.pending()) {
            return p.uploadedBy() != null && viewer.isPresent() && Objects.equals(p.uploadedBy(), viewer.get())
                    ? Optional.of(false) : Optional.empty();
        }
        PhotoAudience audience = audiences.get(p.ownerKind());
        if (audience == null || !audience.maySee(p.ownerId(), p.internal())) {
            return Optional.empty();
        }
        // an anonymous visitor who may see it proves it public
        return Optional.of(!p.internal() && (viewer.isEmpty() || audience.isPublic(p.ownerId(), p.internal())));
    }
}
