package org.gridvoice.photo.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoSize;

/**
 * Where photos live, shared by every app instance. The default keeps them in MariaDB
 * ({@link JdbcPhotoStore}); an object store could replace it behind the same operations.
 */
public interface PhotoStore {

    /** Stores a pending photo with both sizes and returns its id. */
    long save(NewPhoto photo);

    Optional<StoredPhoto> find(long id);

    /** The photos with these ids, locked against a concurrent attach until the transaction ends. */
    List<StoredPhoto> lockForAttach(Collection<Long> ids);

    /** Gives the photos to the owner, after its existing photos, in the given order. */
    void attach(List<Long> ids, PhotoOwner owner, boolean internal, PhotoLabel label);

    /** The photos of these owners of one kind, each owner's in attach order. */
    List<StoredPhoto> ofOwners(String kind, Collection<Long> ownerIds);

    Optional<byte[]> bytes(long id, PhotoSize size);

    /** Deletes pending photos uploaded before the cutoff; returns how many. */
    int deletePendingUploadedBefore(LocalDateTime cutoff);
}
