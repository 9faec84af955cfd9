package org.gridvoice.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gridvoice.open311.IssuedKey;
import org.gridvoice.open311.Open311ClientForm;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Open311 GeoReport v2 API as an independent client sees it: real HTTP, the spec's element names, errors and statuses. */
@GridVoiceTest
class GeoReportOverHttpTest {

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired Open311ClientService clients;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        People.signOut();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    IssuedKey issueKey() {
        People.actAs(people.admin());
        IssuedKey key = clients.issue(new Open311ClientForm("测试应用 " + System.nanoTime(), People.GRID_XINGFULI_1));
        People.signOut();
        return key;
    }

    static Document xml(HttpResponse<String> response) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                names.add(n.getNodeName());
            }
        }
        return names;
    }

    static Element child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
                return (Element) n;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + element.getNodeName() + ">");
    }

    /** The error document in JSON: one error whose code is the HTTP status. */
    void assertJsonError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode errors = json.readTree(response.body());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asString()).isNotBlank();
    }

    void assertXmlError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        Element root = xml(response).getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("errors");
        Element error = child(root, "error");
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(child(error, "code").getTextContent()).isEqualTo(Integer.toString(status));
    }

    @Test
    void the_services_in_json_are_the_active_categories_in_chinese_by_default_with_the_specs_fields() throws Exception {
        HttpResponse<String> response = get("services.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/json;charset=utf-8");
        JsonNode services = json.readTree(response.body());
        JsonNode environment = null;
        for (JsonNode s : services) {
            if ("environment".equals(s.get("service_code").asString())) {
                environment = s;
            }
        }
        assertThat(environment).isNotNull();
        assertThat(environment.get("service_name").asString()).isEqualTo("环境卫生");
        assertThat(environment.get("metadata").asBoolean()).isFalse();
        assertThat(environment.get("metadata").isBoolean()).isTrue();
        assertThat(environment.get("type").asString()).isEqualTo("realtime");
        assertThat(environment.propertyNames()).containsExactly("service_code", "service_name", "description", "metadata", "type",
                "keywords", "group");
        assertThat(environment.get("keywords").asString()).contains("环境卫生", "Environment and sanitation");
    }

    @Test
    void the_services_in_xml_have_the_specs_element_names_and_speak_english_when_asked() throws Exception {
        HttpResponse<String> response = get("services.xml?jurisdiction_id=xinhualu", "Accept-Language", "en-US,en;q=0.9");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/xml;charset=utf-8");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        Element root = xml(response).getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("services");
        assertThat(childNames(root)).isNotEmpty().allMatch("service"::equals);
        Element first = child(root, "service");
        assertThat(childNames(first)).containsExactly("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(child(first, "service_code").getTextContent()).isEqualTo("environment");
        assertThat(child(first, "service_name").getTextContent()).isEqualTo("Environment and sanitation");
        assertThat(child(first, "metadata").getTextContent()).isEqualTo("false");

        // the locale parameter wins over the header
        Element chinese = child(xml(get("services.xml?locale=zh-CN", "Accept-Language", "en")).getDocumentElement(), "service");
        assertThat(child(chinese, "service_name").getTextContent()).isEqualTo("环境卫生");
    }

    @Test
    void a_service_definition_names_its_code_and_has_no_attributes() throws Exception {
        JsonNode definition = json.readTree(get("services/parking.json").body());
        assertThat(definition.get("service_code").asString()).isEqualTo("parking");
        assertThat(definition.get("attributes").isArray()).isTrue();
        assertThat(definition.get("attributes")).isEmpty();

        HttpResponse<String> xml = get("services/parking.xml?jurisdiction_id=xinhualu");
        assertThat(xml.statusCode()).isEqualTo(200);
        Element root = xml(xml).getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("service_definition");
        assertThat(childNames(root)).containsExactly("service_code", "attributes");
        assertThat(child(root, "service_code").getTextContent()).isEqualTo("parking");
    }

    @Test
    void an_unknown_service_code_or_jurisdiction_is_404_in_the_specs_error_format() throws Exception {
        assertJsonError(get("services/no-such-service.json"), 404);
        assertXmlError(get("services/no-such-service.xml"), 404);
        assertJsonError(get("services.json?jurisdiction_id=nowhere.example"), 404);
        assertXmlError(get("services.xml?jurisdiction_id=nowhere.example"), 404);
        assertJsonError(get("requests.json?service_code=no-such-service"), 404);
        assertXmlError(get("nothing-here.xml"), 404);
        assertThat(get("services.json?jurisdiction_id=nowhere.example", "Accept-Language", "en").body()).contains("nowhere.example");
    }

    @Test
    void a_post_without_a_key_with_an_unknown_key_or_with_a_revoked_key_is_refused_with_403() throws Exception {
        Map<String, String> request = form("service_code", "environment", "lat", "31.2", "long", "121.4", "description", "路灯不亮");
        assertJsonError(post("requests.json", request), 403);
        assertXmlError(post("requests.xml", request), 403);

        Map<String, String> unknown = new LinkedHashMap<>(request);
        unknown.put("api_key", "not-a-key-anyone-was-given");
        assertJsonError(post("requests.json", unknown), 403);

        IssuedKey key = issueKey();
        People.actAs(people.admin());
        clients.revoke(key.client().id());
        People.signOut();
        Map<String, String> revoked = new LinkedHashMap<>(request);
        revoked.put("api_key", key.key());
        HttpResponse<String> response = post("requests.xml", revoked);
        assertXmlError(response, 403);
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    @Test
    void a_post_with_a_valid_key_still_needs_a_known_service_code_and_a_location() throws Exception {
        String key = issueKey().key();
        assertJsonError(post("requests.json", form("api_key", key, "lat", "31.2", "long", "121.4")), 400);
        assertJsonError(post("requests.json", form("api_key", key, "service_code", "no-such-service", "lat", "31.2", "long", "121.4")), 404);
        assertXmlError(post("requests.xml", form("api_key", key, "service_code", "environment", "description", "无位置")), 400);
        assertJsonError(post("requests.json", form("api_key", key, "service_code", "environment", "lat", "31.2")), 400);
        assertJsonError(post("requests.json", form("api_key", key, "service_code", "environment", "lat", "north", "long", "121.4")), 400);
        assertJsonError(post("requests.json", form("api_key", key, "service_code", "environment", "address_id", "545483")), 400);
        assertJsonError(post("requests.json", form("api_key", key, "service_code", "environment", "jurisdiction_id", "nowhere.example",
                "address_string", "新华路 211 弄")), 404);
    }

    @Test
    void a_client_over_its_limit_is_told_to_wait_with_429_in_the_specs_format() throws Exception {
        IssuedKey key = issueKey();
        jdbc.sql("""
                INSERT INTO account_request_limit (limit_key, requests, window_start) VALUES (:key, 100000, :now)
                ON DUPLICATE KEY UPDATE requests = 100000, window_start = :now""")
                .param("key", "open311-key:" + key.client().id()).param("now", LocalDateTime.now()).update();
        HttpResponse<String> response = post("requests.json", form("api_key", key.key(), "service_code", "environment",
                "address_string", "新华路 211 弄"));
        assertJsonError(response, 429);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void an_address_over_its_limit_is_told_to_wait_before_its_key_is_even_looked_at() throws Exception {
        String address = "10.99." + (System.nanoTime() % 250) + "." + (1 + System.nanoTime() % 250);
        jdbc.sql("""
                INSERT INTO account_request_limit (limit_key, requests, window_start) VALUES (:key, 100000, :now)
                ON DUPLICATE KEY UPDATE requests = 100000, window_start = :now""")
                .param("key", "open311-address:" + address).param("now", LocalDateTime.now()).update();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.xml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("api_key=" + issueKey().key() + "&service_code=environment&address_string=x"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertXmlError(response, 429);
    }

    @Test
    void bad_arguments_of_get_requests_are_400_in_the_specs_error_format() throws Exception {
        assertJsonError(get("requests.json?start_date=yesterday"), 400);
        assertJsonError(get("requests.json?start_date=2026-01-01T00:00:00"), 400);
        assertXmlError(get("requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400);
        assertJsonError(get("requests.json?start_date=2026-02-01T00:00:00%2B08:00&end_date=2026-01-01T00:00:00%2B08:00"), 400);
        assertJsonError(get("requests.json?status=pending"), 400);
        assertJsonError(get("requests.json?page_size=201"), 400);
        assertJsonError(get("requests.json?page=0"), 400);
        assertJsonError(get("requests.json?service_request_id=12,abc"), 400);
        assertXmlError(get("requests.xml?jurisdiction_id=nowhere.example"), 404);
    }
}
