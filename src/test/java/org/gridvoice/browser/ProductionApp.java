package org.gridvoice.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The production jar (built by {@code ./mvnw -Pproduction -DskipTests package}) run as operators run
 * it: its own JVM, against the machine's MariaDB (127.0.0.1:3306, root, no password) in a fresh
 * database, with the demo data; and the JDK's jcmd pointed at that JVM.
 */
final class ProductionApp implements AutoCloseable {

    static final String DATABASE_HOST = "jdbc:mariadb://127.0.0.1:3306/";

    final int port;
    final String database;
    private final Process process;

    private ProductionApp(int port, String database, Process process) {
        this.port = port;
        this.database = database;
        this.process = process;
    }

    /** The jar named by {@code -Dgridvoice.jar}, else the only target/gridvoice-*.jar; fails with how to build it. */
    static Path jar() throws IOException {
        String named = System.getProperty("gridvoice.jar");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        try (var files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("gridvoice-.*\\.jar")).toList();
            if (jars.size() != 1) {
                throw new IllegalStateException("Build the production jar first: ./mvnw -B -Pproduction -DskipTests package (found " + jars + ")");
            }
            return jars.getFirst();
        }
    }

    /** Drops and recreates {@code database}, starts the jar on a free port and waits until it accepts traffic (demo data seeded). */
    static ProductionApp start(Path jar, String database, List<String> jvmOptions, Path log) throws Exception {
        return start(jar, database, jvmOptions, List.of(), log);
    }

    /** As {@link #start(Path, String, List, Path)}, with more arguments for the app ({@code --name=value}). */
    static ProductionApp start(Path jar, String database, List<String> jvmOptions, List<String> appArguments, Path log) throws Exception {
        try (Connection c = DriverManager.getConnection(DATABASE_HOST, "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--gridvoice.demo-data=true", "--gridvoice.demo.history=false"));
        command.addAll(appArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", DATABASE_HOST + database + "?createDatabaseIfNotExist=true");
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "root");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("GRIDVOICE_ADMIN_EMAIL", "heap-admin@gridvoice.local");
        builder.environment().put("GRIDVOICE_ADMIN_PASSWORD", "heap-admin-password-1");
        ProductionApp app = new ProductionApp(port, database, builder.start());
        app.awaitReady(log);
        return app;
    }

    private void awaitReady(Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production app stopped; see " + log);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The production app did not become ready in 5 minutes; see " + log);
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(DATABASE_HOST + database, "root", "");
    }

    long pid() {
        return process.pid();
    }

    /** Runs jcmd against the app's JVM and returns what it printed. */
    String jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(process.pid()));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
