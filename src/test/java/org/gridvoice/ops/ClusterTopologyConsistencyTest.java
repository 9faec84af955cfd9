package org.gridvoice.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The cluster runs two ways: {@code ops/cluster/up} on one machine (tried for real) and the {@code cluster} profile of
 * {@code docker-compose.yml} (compose cannot run here). Both must have the same shape: three Galera nodes with the
 * settings Galera needs, two app instances on the cluster with a failover JDBC URL, and HAProxy configured by the one
 * file {@code ops/cluster/haproxy.cfg} (sticky cookie for the UI, round robin for the stateless paths, health checks
 * on the actuator). Plain file reading, no Spring.
 */
class ClusterTopologyConsistencyTest {

    static final Path UP = Path.of("ops/cluster/up");
    static final Path HAPROXY = Path.of("ops/cluster/haproxy.cfg");
    static final Path COMPOSE = Path.of("docker-compose.yml");

    static final List<String> GALERA_SETTINGS = List.of("binlog_format=ROW", "innodb_autoinc_lock_mode=2",
            "log_bin_trust_function_creators=1", "wsrep_on=ON", "wsrep_provider=/usr/lib/galera/libgalera_smm.so",
            "character-set-server=utf8mb4");

    static String read(Path path) throws IOException {
        return Files.readString(path);
    }

    /** {@code NAME=(a b c)} in the script. */
    static List<String> bashArray(String script, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\\(([^)]*)\\)").matcher(script);
        assertThat(m.find()).as(name + " in ops/cluster/up").isTrue();
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(read(COMPOSE));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    static Map<String, Map<String, Object>> clusterServices() throws IOException {
        Map<String, Map<String, Object>> cluster = new LinkedHashMap<>();
        services().forEach((name, service) -> {
            if (service.getOrDefault("profiles", List.of()) instanceof List<?> profiles && profiles.contains("cluster")) {
                cluster.put(name, service);
            }
        });
        return cluster;
    }

    @SuppressWarnings("unchecked")
    static List<String> command(Map<String, Object> service) {
        Object command = service.get("command");
        return command instanceof List<?> list ? (List<String>) list : List.of();
    }

    static List<String> galeraServices() throws IOException {
        return clusterServices().entrySet().stream()
                .filter(e -> command(e.getValue()).contains("--wsrep_on=ON"))
                .map(Map.Entry::getKey).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.getOrDefault("environment", Map.of());
    }

    static List<String> appServices() throws IOException {
        return clusterServices().entrySet().stream()
                .filter(e -> environment(e.getValue()).containsKey("SPRING_DATASOURCE_URL"))
                .map(Map.Entry::getKey).toList();
    }

    /** The lines of one section ({@code backend name}) of haproxy.cfg, comments dropped. */
    static List<String> section(String header) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : read(HAPROXY).lines().toList()) {
            String text = line.replaceFirst("\\s*#.*$", "");
            if (!text.isBlank() && !Character.isWhitespace(text.charAt(0))) {
                in = text.trim().equals(header);
                continue;
            }
            if (in && !text.isBlank()) {
                lines.add(text.trim());
            }
        }
        assertThat(lines).as("section '" + header + "' of haproxy.cfg").isNotEmpty();
        return lines;
    }

    static List<String> stickyCookieNames() throws IOException {
        return section("backend gridvoice_ui").stream().filter(l -> l.startsWith("cookie "))
                .map(l -> l.split("\\s+")[1]).toList();
    }

    static List<String> statelessPaths() throws IOException {
        return section("frontend gridvoice").stream().filter(l -> l.startsWith("acl stateless path_beg "))
                .flatMap(l -> Stream.of(l.substring("acl stateless path_beg ".length()).trim().split("\\s+"))).toList();
    }

    @Test
    void three_galera_nodes_in_the_script_and_in_compose_with_the_settings_galera_needs() throws IOException {
        String up = read(UP);
        assertThat(up).containsPattern("(?m)^GALERA_NODES=3$");
        assertThat(bashArray(up, "DB_PORTS")).hasSize(3).doesNotHaveDuplicates();
        assertThat(bashArray(up, "WSREP_PORTS")).hasSize(3).doesNotHaveDuplicates();
        assertThat(bashArray(up, "SST_PORTS")).hasSize(3).doesNotHaveDuplicates();
        for (String setting : GALERA_SETTINGS) {
            String scriptSetting = setting.replace("wsrep_provider=/usr/lib/galera/libgalera_smm.so",
                    "wsrep_provider=$GALERA_PROVIDER");
            assertThat(up).as("ops/cluster/up writes " + setting).contains("\n" + scriptSetting + "\n");
        }
        assertThat(up).contains("GALERA_PROVIDER=\"${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}\"");

        List<String> nodes = galeraServices();
        assertThat(nodes).hasSize(3);
        long founders = 0;
        for (String node : nodes) {
            List<String> args = command(clusterServices().get(node));
            for (String setting : GALERA_SETTINGS) {
                assertThat(args).as(node).contains("--" + setting);
            }
            assertThat(args).as(node).contains("--wsrep_cluster_address=gcomm://" + String.join(",", nodes));
            if (args.contains("--wsrep-new-cluster")) {
                founders++;
            }
        }
        assertThat(founders).as("exactly one node founds the cluster").isEqualTo(1);
        assertThat(up).contains("--wsrep-new-cluster");
    }

    @Test
    void two_app_instances_on_the_whole_cluster_through_a_failover_url() throws IOException {
        String up = read(UP);
        assertThat(bashArray(up, "APP_PORTS")).hasSize(2).doesNotHaveDuplicates();
        assertThat(up).contains("jdbc:mariadb:sequential://$hosts/$DB_NAME").contains("FORWARD_HEADERS_STRATEGY=native");
        // the first instance is healthy before the second starts (Flyway migrates once)
        assertThat(up.indexOf("start_app 1")).isPositive().isLessThan(up.indexOf("start_app 2"));

        List<String> apps = appServices();
        assertThat(apps).hasSize(2);
        List<String> nodeUrls = galeraServices().stream().map(n -> n + ":3306").toList();
        for (String app : apps) {
            Map<String, Object> env = environment(clusterServices().get(app));
            assertThat(env.get("SPRING_DATASOURCE_URL")).as(app)
                    .isEqualTo("jdbc:mariadb:sequential://" + String.join(",", nodeUrls) + "/gridvoice");
            assertThat(env.get("FORWARD_HEADERS_STRATEGY")).as(app).isEqualTo("native");
        }
        assertThat(clusterServices().get(apps.get(1)).get("depends_on").toString())
                .as("the second instance waits for the first one's health").contains(apps.get(0)).contains("service_healthy");
    }

    @Test
    void haproxy_is_one_file_for_both_and_points_at_both_instances() throws IOException {
        String up = read(UP);
        assertThat(up).contains("HAPROXY_CFG=\"$ROOT/" + HAPROXY + "\"");
        Map<String, Object> haproxy = clusterServices().get("haproxy");
        assertThat(haproxy).as("haproxy service in the cluster profile").isNotNull();
        assertThat(haproxy.get("volumes").toString()).contains("./" + HAPROXY + ":/usr/local/etc/haproxy/haproxy.cfg");
        assertThat(haproxy.get("ports").toString()).contains(":8080");
        assertThat(up).contains("PORT=\"${PORT:-8080}\"");

        List<String> apps = appServices();
        Map<String, Object> env = environment(haproxy);
        assertThat(env.get("GV_APP1")).isEqualTo(apps.get(0) + ":8080");
        assertThat(env.get("GV_APP2")).isEqualTo(apps.get(1) + ":8080");
        assertThat(up).contains("GV_APP1=\"127.0.0.1:${APP_PORTS[0]}\"").contains("GV_APP2=\"127.0.0.1:${APP_PORTS[1]}\"");

        String cfg = read(HAPROXY);
        assertThat(cfg).contains("bind \"${GV_BIND}\"");
        for (String backend : List.of("backend gridvoice_ui", "backend gridvoice_stateless")) {
            List<String> lines = section(backend);
            assertThat(lines).as(backend).contains("option httpchk GET /actuator/health", "http-check expect status 200");
            assertThat(lines.stream().filter(l -> l.startsWith("server ")).count()).as(backend).isEqualTo(2);
            assertThat(lines).as(backend).anyMatch(l -> l.startsWith("server app1 \"${GV_APP1}\""))
                    .anyMatch(l -> l.startsWith("server app2 \"${GV_APP2}\""))
                    .anyMatch(l -> l.startsWith("default-server check"));
        }
        assertThat(section("defaults")).contains("option forwardfor", "mode http");
    }

    @Test
    void the_ui_is_sticky_by_one_cookie_and_only_the_stateless_paths_skip_it() throws IOException {
        assertThat(stickyCookieNames()).containsExactly("GVNODE");
        assertThat(section("backend gridvoice_ui")).contains("cookie GVNODE insert indirect nocache httponly")
                .anyMatch(l -> l.startsWith("server app1 ") && l.endsWith("cookie app1"))
                .anyMatch(l -> l.startsWith("server app2 ") && l.endsWith("cookie app2"));
        assertThat(section("backend gridvoice_stateless")).noneMatch(l -> l.startsWith("cookie ") || l.contains(" cookie "));

        List<String> frontend = section("frontend gridvoice");
        assertThat(frontend).contains("use_backend gridvoice_stateless if stateless", "default_backend gridvoice_ui");
        assertThat(frontend).anyMatch(l -> l.startsWith("http-request set-header X-Forwarded-Proto"))
                .anyMatch(l -> l.startsWith("http-request set-header X-Forwarded-Port"));
        assertThat(statelessPaths()).containsExactly("/open-data/", "/open311/");
        // what the script prints and compose's comment say is what the file does
        String described = "sticky cookie GVNODE for the UI; /open-data/ and /open311/ round robin";
        assertThat(read(UP)).contains(described);
        assertThat(read(COMPOSE)).contains("sticky GVNODE cookie for the UI, round robin for /open-data/ and /open311/");
    }

    @Test
    void the_stateless_paths_are_served_by_controllers_that_need_no_session() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith("Controller.java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        for (String path : statelessPaths()) {
            assertThat(sources).as("a controller maps " + path).anyMatch(s -> s.contains("Mapping(\"" + path));
        }
    }

    @Test
    void the_default_single_node_compose_is_unchanged_by_the_cluster_profile() throws IOException {
        Map<String, Map<String, Object>> all = services();
        for (String name : List.of("mariadb", "mailpit", "app")) {
            assertThat(all).containsKey(name);
            assertThat(all.get(name)).as(name + " runs without a profile").doesNotContainKey("profiles");
        }
        assertThat(environment(all.get("app")).get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:mariadb://mariadb:3306/gridvoice");
        assertThat(clusterServices().keySet()).containsExactlyInAnyOrder("galera1", "galera2", "galera3", "app1", "app2", "haproxy");
    }
}
