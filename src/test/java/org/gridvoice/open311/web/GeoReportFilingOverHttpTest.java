package org.gridvoice.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.child;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.childNames;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.form;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.xml;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.gridvoice.open311.Open311ClientForm;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An Open311 client files residents' requests with its key over real HTTP; the case is then a service request without the person's details. */
@GridVoiceTest
class GeoReportFilingOverHttpTest {

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired Open311ClientService clients;
    @Autowired PhotoService photos;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private String key;

    @BeforeEach
    void aClientWithAKey() {
        People.actAs(people.admin());
        key = clients.issue(new Open311ClientForm("测试应用 " + System.nanoTime(), People.GRID_XINGFULI_1)).key();
        People.signOut();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_request_posted_with_a_valid_key_becomes_a_case_at_once_and_its_sender_appears_nowhere() throws Exception {
        HttpResponse<String> response = post("requests.json", form("api_key", key, "jurisdiction_id", "xinhualu", "service_code", "environment",
                "lat", "31.204512", "long", "121.423456", "address_string", "幸福里社区 5 号楼", "description", "垃圾桶满了没人清。",
                "email", "zhang.wei@example.cn", "phone", "13812345678", "first_name", "伟", "last_name", "张独特姓名",
                "device_id", "tt222111", "attribute[X]", "ignored"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode created = json.readTree(response.body());
        assertThat(created).hasSize(1);
        assertThat(created.get(0).propertyNames()).containsExactly("service_request_id", "service_notice", "account_id");
        long caseId = created.get(0).get("service_request_id").asLong();
        assertThat(created.get(0).get("service_notice").asString()).startsWith("办结时限");
        assertThat(jdbc.sql("SELECT source FROM casework_case WHERE id = :id").param("id", caseId).query(String.class).single())
                .isEqualTo("REQUEST");

        HttpResponse<String> shown = get("requests/" + caseId + ".json");
        assertThat(shown.body()).doesNotContain("张独特姓名", "zhang.wei", "13812345678", "测试应用");
        JsonNode request = json.readTree(shown.body()).get(0);
        assertThat(request.get("description").asString()).isEqualTo("垃圾桶满了没人清。");
        assertThat(request.get("address").asString()).isEqualTo("幸福里社区 5 号楼");
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("media_url").isNull()).isTrue();

        HttpResponse<String> inXml = post("requests.xml", form("api_key", key, "service_code", "environment",
                "address_string", "幸福里社区 6 号楼", "description", "路灯不亮"));
        assertThat(inXml.statusCode()).as(inXml.body()).isEqualTo(200);
        Element root = xml(inXml).getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("service_requests");
        assertThat(childNames(child(root, "request"))).containsExactly("service_request_id", "service_notice", "account_id");
    }

    @Test
    void the_filing_services_refusals_are_400_with_the_specs_argument_names() throws Exception {
        HttpResponse<String> response = post("requests.json", form("api_key", key, "service_code", "environment",
                "address_string", "幸福里社区 5 号楼", "description", "长".repeat(5000)), "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body());
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(400);
        assertThat(errors.get(0).get("description").asString()).startsWith("description: ");

        HttpResponse<String> noText = post("requests.xml", form("api_key", key, "service_code", "environment", "address_string", "幸福里"));
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(xml(noText).getDocumentElement().getNodeName()).isEqualTo("errors");
    }

    HttpResponse<String> post(String path, Map<String, String> fields, String language) throws Exception {
        fields.put("locale", language);
        return post(path, fields);
    }

    @Test
    void a_cases_first_public_photo_is_its_media_url_as_an_absolute_address() throws Exception {
        HttpResponse<String> created = post("requests.json", form("api_key", key, "service_code", "environment",
                "address_string", "幸福里社区 7 号楼", "description", "井盖松动"));
        long caseId = json.readTree(created.body()).get(0).get("service_request_id").asLong();
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        var uploader = people.admin();
        PhotoRef internal = photos.accept(new ByteArrayInputStream(jpeg.toByteArray()), uploader.id());
        PhotoRef shown = photos.accept(new ByteArrayInputStream(jpeg.toByteArray()), uploader.id());
        transaction.executeWithoutResult(s -> {
            photos.attach(List.of(internal.id()), new PhotoOwner(PhotoOwner.CASE, caseId), uploader.id(), true, PhotoLabel.BEFORE);
            photos.attach(List.of(shown.id()), new PhotoOwner(PhotoOwner.CASE, caseId), uploader.id(), false, PhotoLabel.BEFORE);
        });

        JsonNode request = json.readTree(get("requests/" + caseId + ".json").body()).get(0);
        assertThat(request.get("media_url").asString()).isEqualTo("http://localhost:" + port + shown.displayUrl());
        HttpResponse<byte[]> photo = http.send(HttpRequest.newBuilder(URI.create(request.get("media_url").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).as("a visitor can open it").isEqualTo(200);
    }
}
