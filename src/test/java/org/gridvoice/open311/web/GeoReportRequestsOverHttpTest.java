package org.gridvoice.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.child;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.childNames;
import static org.gridvoice.open311.web.GeoReportOverHttpTest.xml;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.RequestCase;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.shared.GeoPoint;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cases as Open311 service requests over real HTTP: requests and proposals alike, filtered and paged, and never a person's name. */
@GridVoiceTest
class GeoReportRequestsOverHttpTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final List<String> FIELDS = List.of("service_request_id", "status", "status_notes", "service_name", "service_code",
            "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "address_id", "zipcode", "lat", "long", "media_url");

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired VotingFixture fixture;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        People.signOut();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/" + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    long category(String code) {
        return jdbc.sql("SELECT id FROM place_category WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** A resident's request filed as a case, the resident's name kept from the public. */
    long request(String category, String description, String requesterName) {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(resident);
        long id = routing.routeRequest(new RequestCase(System.nanoTime(), People.GRID_XINGFULI_1, category(category), description,
                "幸福里社区 3 号楼", new GeoPoint(new BigDecimal("31.204512"), new BigDecimal("121.423456")), resident.id(), requesterName, false));
        People.signOut();
        return id;
    }

    static String since(OffsetDateTime start) {
        return URLEncoder.encode(start.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), StandardCharsets.UTF_8);
    }

    static List<Long> ids(JsonNode requests) {
        List<Long> ids = new ArrayList<>();
        requests.forEach(r -> ids.add(r.get("service_request_id").asLong()));
        return ids;
    }

    @Test
    void answers_are_kept_a_few_seconds_yet_a_step_shows_in_the_next_answer() throws Exception {
        long id = request("environment", "楼道灯不亮 " + System.nanoTime(), "某某");
        String path = "requests.json?service_request_id=" + id;
        assertThat(getJson(path).get(0).get("status_notes").isNull()).as("routed: no note yet").isTrue();
        assertThat(getJson(path).get(0).get("status_notes").isNull()).as("asked again: the same answer").isTrue();
        People.actAs(people.create(org.gridvoice.account.Role.OFFICER, 1L));
        workflow.accept(id, "已派电工查看");
        People.signOut();
        assertThat(getJson(path).get(0).get("status_notes").asText()).as("the step empties the kept answers").isEqualTo("已派电工查看");
    }

    @Test
    void a_residents_request_and_a_proposals_case_are_service_requests_with_the_specs_fields_and_no_names() throws Exception {
        long requestCase = request("environment", "楼道灯坏了，晚上很黑。", "匿名居民甲乙丙");
        fixture.threeProposalsOnTheBallot("Open311");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        long proposalCase = routing.route(fixture.a, new RouteForm("请尽快处理"));
        People.actAs(people.create(Role.OFFICER, GRID_STATION_XINGFULI));
        workflow.accept(requestCase, "已派电工查看");
        workflow.note(requestCase, new CaseNoteForm("内部：居民电话 13900000000", null));
        People.signOut();
        String proposalAuthor = jdbc.sql("SELECT snap_author FROM casework_case WHERE id = :id").param("id", proposalCase)
                .query(String.class).single();

        HttpResponse<String> response = get("requests.json?service_request_id=" + requestCase + "," + proposalCase);
        assertThat(response.body()).doesNotContain("匿名居民甲乙丙", proposalAuthor, "13900000000", "@test.gridvoice");
        JsonNode requests = json.readTree(response.body());
        assertThat(ids(requests)).containsExactly(proposalCase, requestCase);

        JsonNode filed = requests.get(1);
        assertThat(filed.propertyNames()).containsExactlyElementsOf(FIELDS);
        assertThat(filed.get("status").asString()).isEqualTo("open");
        assertThat(filed.get("status_notes").asString()).as("the last public note, never an internal one").isEqualTo("已派电工查看");
        assertThat(filed.get("service_code").asString()).isEqualTo("environment");
        assertThat(filed.get("service_name").asString()).isEqualTo("环境卫生");
        assertThat(filed.get("description").asString()).isEqualTo("楼道灯坏了，晚上很黑。");
        assertThat(filed.get("agency_responsible").asString()).isEqualTo("幸福里网格站");
        assertThat(filed.get("address").asString()).isEqualTo("幸福里社区 3 号楼");
        assertThat(filed.get("lat").decimalValue()).isEqualByComparingTo("31.204512");
        assertThat(filed.get("long").decimalValue()).isEqualByComparingTo("121.423456");
        assertThat(filed.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(OffsetDateTime.parse(filed.get("expected_datetime").asString())).isAfter(OffsetDateTime.now());
        assertThat(filed.get("service_notice").asString()).startsWith("办结时限");

        JsonNode proposal = requests.get(0);
        assertThat(proposal.get("description").asString()).startsWith("甲\n\n内容");
        assertThat(proposal.get("status_notes").asString()).as("the committee's public routing note").isEqualTo("请尽快处理");

        JsonNode english = getJson("requests/" + requestCase + ".json?locale=en");
        assertThat(english).hasSize(1);
        assertThat(english.get(0).get("service_name").asString()).isEqualTo("Environment and sanitation");
        assertThat(english.get(0).get("service_notice").asString()).startsWith("To be resolved by");
        assertThat(getJson("requests/" + requestCase + ".json?jurisdiction_id=xinhualu")).hasSize(1);

        HttpResponse<String> single = get("requests/" + requestCase + ".xml");
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(single.body()).doesNotContain("匿名居民甲乙丙", "13900000000");
        Element root = xml(single).getDocumentElement();
        assertThat(root.getNodeName()).isEqualTo("service_requests");
        assertThat(childNames(root)).containsExactly("request");
        Element request = child(root, "request");
        assertThat(childNames(request)).containsExactlyElementsOf(FIELDS);
        assertThat(child(request, "service_request_id").getTextContent()).isEqualTo(Long.toString(requestCase));
        assertThat(child(request, "lat").getTextContent()).isEqualTo("31.204512");
        assertThat(child(request, "zipcode").getTextContent()).isEmpty();

        assertThat(get("requests/999999999.json").statusCode()).isEqualTo(404);
        assertThat(get("requests/abc.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void requests_are_filtered_by_service_code_status_and_dates_and_paged_newest_first() throws Exception {
        // the window starts at the next whole second (dates are w3 date-times to the second): earlier tests' cases stay out
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(Math.max(0, java.time.Duration.between(OffsetDateTime.now(), start).toMillis() + 20));
        long first = request("environment", "第一件", "甲");
        long second = request("environment", "第二件", "乙");
        long third = request("municipal", "第三件", "丙");
        People.actAs(people.create(Role.OFFICER, GRID_STATION_XINGFULI));
        workflow.accept(first, null);
        workflow.resolve(first, new CaseNoteForm("灯已修好", null));
        People.signOut();
        String window = "start_date=" + since(start);

        assertThat(ids(getJson("requests.json?" + window))).containsExactly(third, second, first);
        assertThat(ids(getJson("requests.json?" + window + "&service_code=environment"))).containsExactly(second, first);
        assertThat(ids(getJson("requests.json?" + window + "&service_code=environment,municipal"))).containsExactly(third, second, first);
        assertThat(ids(getJson("requests.json?" + window + "&status=open"))).containsExactly(third, second);
        JsonNode closed = getJson("requests.json?" + window + "&status=closed");
        assertThat(ids(closed)).containsExactly(first);
        assertThat(closed.get(0).get("status").asString()).isEqualTo("closed");
        assertThat(closed.get(0).get("status_notes").asString()).isEqualTo("灯已修好");
        assertThat(ids(getJson("requests.json?" + window + "&status=open,closed"))).containsExactly(third, second, first);
        assertThat(ids(getJson("requests.json?" + window + "&status=open&status=closed"))).containsExactly(third, second, first);
        assertThat(ids(getJson("requests.json?" + window + "&service_code=municipal&service_code=environment&status=open")))
                .containsExactly(third, second);
        assertThat(ids(getJson("requests.json?" + window + "&page_size=2"))).containsExactly(third, second);
        assertThat(ids(getJson("requests.json?" + window + "&page_size=2&page=2"))).containsExactly(first);
        assertThat(ids(getJson("requests.json?" + window + "&page_size=2&page=3"))).isEmpty();
        assertThat(ids(getJson("requests.json?end_date=" + since(start)))).doesNotContain(first, second, third);
        assertThat(ids(getJson("requests.json"))).as("the last 90 days by default").contains(first, second, third);
        assertThat(ids(getJson("requests.json?" + window + "&jurisdiction_id=xinhualu"))).containsExactly(third, second, first);

        Element root = xml(get("requests.xml?" + window + "&page_size=2")).getDocumentElement();
        assertThat(childNames(root)).containsExactly("request", "request");
    }
}
