package org.gridvoice.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What to record: what happened, to which object, by whom (a pseudonym for votes), with what details. */
public record AuditRecord(String kind, String objectType, long objectId, String actorRef, String payload) {

    /**
     * The SHA-256 (lower-case hex) of a text's UTF-8 bytes, as entries carry it instead of the text: a reader who has
     * the text can check it, the chain itself holds no words of anyone. {@code null} hashes as the empty text.
     */
    public static String textHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
