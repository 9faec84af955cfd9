package org.gridvoice.embedded;

import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.springframework.boot.logging.DeferredLogFactory;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Without a configured {@code spring.datasource.url} (for example SPRING_DATASOURCE_URL), starts
 * the embedded MariaDB and points the app at it, with demo data on by default, and, unless a mail
 * server was configured, the demo mail catcher. This class is only on the classpath of the
 * default Maven profile: the production jar has no MariaDB binaries and no mail catcher.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor {

    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        // logging is not set up yet while the environment is prepared: Boot replays these lines later
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("gridvoice.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("gridvoice.embedded-db.data-dir", "data/mariadb")).toAbsolutePath();
        boolean fresh = env.getProperty("gridvoice.embedded-db.fresh", Boolean.class, false);
        long started = System.nanoTime();
        int port = EmbeddedMariaDb.start(dataDir, fresh, env.getProperty("gridvoice.embedded-db.port", Integer.class, 0));
        log.info("Embedded MariaDB on port " + port + ", data in " + dataDir + ", ready in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        env.getPropertySources().addLast(new MapPropertySource("embedded-mariadb", Map.of(
                "spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/gridvoice?createDatabaseIfNotExist=true",
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "gridvoice.demo-data", "true",
                // the embedded demo may run with a published development secret (InstallationSecrets)
                "gridvoice.embedded-db.active", "true")));
        if (DemoMailCatcher.configure(env)) {
            log.info("Demo mail catcher on SMTP port " + env.getProperty("spring.mail.port") + ": mail is kept, not delivered; read it at "
                    + env.getProperty("gridvoice.mail-catcher.page"));
        }
    }
}
