package org.gridvoice.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;

/** A real SMTP server (GreenMail) on port 3025 for the whole test JVM. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    private static GreenMail greenMail;

    public static synchronized GreenMail server() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return greenMail;
    }

    TestMail() {
        server();
    }

    /**
     * Waits for the first mail to this address and returns it; up to a minute, as a meeting published to a
     * whole community may have queued a mail for each of the many residents earlier tests made there.
     */
    public static MimeMessage awaitMailTo(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var found = mailsTo(address);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail reached " + address);
    }

    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The decoded plain-text part of the mail. */
    public static String body(MimeMessage message) {
        try {
            return plainText(message.getContent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String plainText(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof jakarta.mail.Multipart) {
                    String nested = plainText(part.getContent());
                    if (nested != null) {
                        return nested;
                    }
                }
            }
        }
        return null;
    }

    /** The token of the first link to {@code path} (e.g. "/confirm-email") in the mail. */
    public static String tokenIn(MimeMessage message, String path) {
        String text = body(message);
        Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + path + " link in: " + text);
        }
        return m.group(1);
    }
}
