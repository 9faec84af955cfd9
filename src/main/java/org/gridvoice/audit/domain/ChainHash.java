package org.gridvoice.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/** SHA-256 over the previous hash and every field of an entry, separated so fields cannot shift. */
public final class ChainHash {

    // one digest per thread: the sealer hashes thousands of entries a second
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private ChainHash() {
    }

    public static String of(String prevHash, long seq, LocalDateTime at, String kind, String objectType, long objectId,
                            String actorRef, String payload) {
        String content = String.join("\u001F", prevHash, Long.toString(seq), at.toString(), kind, objectType,
                Long.toString(objectId), actorRef, payload);
        return HexFormat.of().formatHex(SHA256.get().digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
