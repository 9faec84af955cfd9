package org.gridvoice.shared.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An SMTP relay for tests that passes everything on to the real server, except that on its first connection it
 * withholds the server's answer to the end of the first mail's DATA for {@code hold}, then drops the connection:
 * the server has stored the mail, the sender never hears so. Later connections pass through untouched.
 */
final class SilentAfterData implements AutoCloseable {

    private final ServerSocket listening;
    private final int target;
    private final Duration hold;
    private final AtomicBoolean first = new AtomicBoolean(true);

    SilentAfterData(int target, Duration hold) throws IOException {
        this.listening = new ServerSocket(0);
        this.target = target;
        this.hold = hold;
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return listening.getLocalPort();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listening.accept();
                Socket server = new Socket("127.0.0.1", target);
                boolean withhold = first.getAndSet(false);
                AtomicBoolean dataEnded = new AtomicBoolean();
                Thread.ofVirtual().start(() -> clientToServer(client, server, dataEnded));
                Thread.ofVirtual().start(() -> serverToClient(server, client, withhold, dataEnded));
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    /** Passes the client's lines on, noting the end of a mail's data ("." alone after DATA) before passing it. */
    private void clientToServer(Socket client, Socket server, AtomicBoolean dataEnded) {
        try (client; server) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = server.getOutputStream();
            boolean inData = false;
            for (String line; (line = in.readLine()) != null; ) {
                if (!inData && line.equalsIgnoreCase("DATA")) {
                    inData = true;
                } else if (inData && line.equals(".")) {
                    inData = false;
                    dataEnded.set(true);
                }
                out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException closed) {
            // either side hung up
        }
    }

    private void serverToClient(Socket server, Socket client, boolean withhold, AtomicBoolean dataEnded) {
        try (server; client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            for (String line; (line = in.readLine()) != null; ) {
                if (withhold && dataEnded.get() && line.startsWith("250")) {
                    Thread.sleep(hold);
                    return;
                }
                out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException | InterruptedException closed) {
            // either side hung up
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
