package org.gridvoice.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridvoice.photo.domain.ImageRefused;
import org.gridvoice.photo.domain.NewPhoto;
import org.gridvoice.photo.domain.PhotoEncoder;
import org.gridvoice.photo.domain.PhotoStore;
import org.gridvoice.photo.domain.StoredPhoto;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes residents' photos in (checked by content, re-encoded without metadata, stored pending),
 * gives them to an owner, and lists an owner's photos. Serving, with its access check, is
 * {@link PhotoAccess}. Decoding happens outside any transaction so no connection waits on it.
 */
@Service
public class PhotoService {

    /** Largest upload accepted, in bytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Most pixels an upload may declare (width × height). */
    public static final long MAX_PIXELS = 40_000_000L;

    private final PhotoStore store;
    private final PhotoInspection inspection;
    private final Clock clock;

    PhotoService(PhotoStore store, PhotoInspection inspection, Clock clock) {
        this.store = store;
        this.inspection = inspection;
        this.clock = clock;
    }

    /**
     * Validates, re-encodes and stores the photo as pending (no owner yet, visible only to its
     * uploader). Throws {@link InvalidInput} with photo.error.type, .heic, .too-large,
     * .too-many-pixels, .damaged or .polyglot, and stores nothing, when refused.
     * {@code uploaderId} null = filed by the system or an API client.
     */
    public PhotoRef accept(Path file, Long uploaderId) {
        try {
            PhotoEncoder.Encoded encoded = inspection.encode(file);
            long id = store.save(new NewPhoto(uploaderId, LocalDateTime.now(clock), encoded, sha256(encoded.display())));
            return new PhotoRef(id, encoded.width(), encoded.height(), false, PhotoLabel.NONE, thumbUrl(id), displayUrl(id));
        } catch (ImageRefused refused) {
            throw InvalidInput.of(null, refused.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #accept(Path, Long)}, spooling the stream to a temporary file first (at most 10 MB + 1 byte is read). */
    public PhotoRef accept(InputStream in, Long uploaderId) {
        Path spool = null;
        try {
            spool = Files.createTempFile("gridvoice-photo-", ".upload");
            long copied;
            try (OutputStream out = Files.newOutputStream(spool)) {
                copied = in.transferTo(new BoundedOutputStream(out, MAX_BYTES + 1));
            } catch (BoundedOutputStream.Full full) {
                throw InvalidInput.of(null, PhotoInspection.TOO_LARGE);
            }
            if (copied > MAX_BYTES) {
                throw InvalidInput.of(null, PhotoInspection.TOO_LARGE);
            }
            return accept(spool, uploaderId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the system too
                }
            }
        }
    }

    /**
     * Gives pending photos uploaded by {@code uploaderId} to an owner, after its existing photos, in
     * the given order. Throws {@link InvalidInput} photo.error.not-yours, and changes nothing, if any
     * id is not such a pending photo. Runs in the caller's transaction.
     */
    @Transactional
    public void attach(Collection<Long> photoIds, PhotoOwner owner, Long uploaderId, boolean internal, PhotoLabel label) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(label, "label");
        List<Long> ids = List.copyOf(new LinkedHashSet<>(photoIds));
        if (ids.isEmpty()) {
            return;
        }
        List<StoredPhoto> found = store.lockForAttach(ids);
        boolean allMine = found.size() == ids.size()
                && found.stream().allMatch(p -> p.pending() && Objects.equals(p.uploadedBy(), uploaderId));
        if (!allMine) {
            throw InvalidInput.of(null, "photo.error.not-yours");
        }
        store.attach(ids, owner, internal, label);
    }

    /** The owner's photos in attach order, internal ones included (each says whether it is). */
    @Transactional(readOnly = true)
    public List<PhotoRef> photosOf(PhotoOwner owner) {
        return photosOf(owner.kind(), List.of(owner.id())).getOrDefault(owner.id(), List.of());
    }

    /** The photos of many owners of one kind, in one query; owners without photos are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<PhotoRef>> photosOf(String kind, Collection<Long> ownerIds) {
        Map<Long, List<PhotoRef>> byOwner = new LinkedHashMap<>();
        for (StoredPhoto p : store.ofOwners(kind, new LinkedHashSet<>(ownerIds))) {
            byOwner.computeIfAbsent(p.ownerId(), k -> new ArrayList<>()).add(ref(p));
        }
        return byOwner;
    }

    /** The owner's first photo that is not internal, e.g. for a list's preview. */
    @Transactional(readOnly = true)
    public Optional<PhotoRef> firstPublic(PhotoOwner owner) {
        return photosOf(owner).stream().filter(p -> !p.internal()).findFirst();
    }

    static PhotoRef ref(StoredPhoto p) {
        return new PhotoRef(p.id(), p.width(), p.height(), p.internal(), PhotoLabel.valueOf(p.label()), thumbUrl(p.id()), displayUrl(p.id()));
    }

    static String thumbUrl(long id) {
        return "/photos/" + id + "/thumb";
    }

    static String displayUrl(long id) {
        return "/photos/" + id + "/display";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
