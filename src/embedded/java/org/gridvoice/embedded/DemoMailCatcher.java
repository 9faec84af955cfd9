package org.gridvoice.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded demo's mail catcher: an SMTP server (GreenMail) inside the app that keeps every
 * mail, so a newcomer can confirm their address without a mail server. It starts only with the
 * embedded database and only when no mail server was configured (the tests configure GreenMail on
 * 3025, production has neither this class nor GreenMail). Each caught mail's links are logged.
 */
public final class DemoMailCatcher {

    /** Where the caught mails are listed; the views link to it when it is set. */
    public static final String PAGE = "demo/mails";

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");
    private static GreenMail server;

    private DemoMailCatcher() {
    }

    /**
     * Starts the catcher and points Spring Mail at it, if wanted: {@code gridvoice.mail-catcher.enabled}
     * when set, otherwise only while the mail server is left at its default (localhost:1025).
     */
    public static boolean configure(ConfigurableEnvironment env) {
        Boolean enabled = env.getProperty("gridvoice.mail-catcher.enabled", Boolean.class);
        boolean defaultServer = "localhost".equals(env.getProperty("spring.mail.host", "localhost"))
                && env.getProperty("spring.mail.port", Integer.class, 1025) == 1025;
        if (!(enabled != null ? enabled : defaultServer)) {
            return false;
        }
        int port = start(env.getProperty("gridvoice.mail-catcher.port", Integer.class, 0));
        String page = env.getProperty("gridvoice.base-url", "http://localhost:8080").replaceAll("/+$", "") + "/" + PAGE;
        env.getPropertySources().addFirst(new MapPropertySource("demo-mail-catcher", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", port,
                "gridvoice.mail-catcher.page", page)));
        return true;
    }

    /** Starts the SMTP server once per JVM on the given port (0: a free one) and returns its port. */
    public static synchronized int start(int wantedPort) {
        if (server == null) {
            int port = wantedPort > 0 ? wantedPort : freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Thread logger = new Thread(DemoMailCatcher::logArrivals, "demo-mail-log");
            logger.setDaemon(true);
            logger.start();
        }
        return server.getSmtp().getPort();
    }

    public static synchronized boolean running() {
        return server != null && server.isRunning();
    }

    /** Every mail caught so far, newest first. */
    public static List<CaughtMail> mails() {
        GreenMail current;
        synchronized (DemoMailCatcher.class) {
            current = server;
        }
        if (current == null) {
            return List.of();
        }
        List<CaughtMail> mails = new ArrayList<>(Arrays.stream(current.getReceivedMessages()).map(DemoMailCatcher::read).toList());
        java.util.Collections.reverse(mails);
        return mails;
    }

    /** The links in a mail's text, in order, each once. */
    public static Set<String> links(CaughtMail mail) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(mail.text() == null ? "" : mail.text());
        while (m.find()) {
            links.add(m.group());
        }
        return links;
    }

    private static void logArrivals() {
        int seen = 0;
        while (true) {
            if (server.waitForIncomingEmail(60_000, seen + 1)) {
                MimeMessage[] all = server.getReceivedMessages();
                for (int i = seen; i < all.length; i++) {
                    CaughtMail mail = read(all[i]);
                    log.info("Demo mail to {}: \"{}\" {}", mail.recipients(), mail.subject(), String.join(" ", links(mail)));
                }
                seen = all.length;
            }
        }
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .collect(Collectors.joining(", "));
            Instant received = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
            return new CaughtMail(to, message.getSubject(), received, part(message, "text/plain"), part(message, "text/html"));
        } catch (Exception e) {
            return new CaughtMail("?", "?", Instant.now(), String.valueOf(e.getMessage()), null);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
