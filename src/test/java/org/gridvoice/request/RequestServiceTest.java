package org.gridvoice.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseEventKind;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.RequestCase;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A resident's request from filing to confirmation through the real services: routed at once where
 * the responsibility list says, "me too" instead of a duplicate, supporters asked to confirm like
 * the requester, the name hidden from the public unless shown, and refusals that file nothing.
 */
@GridVoiceTest
class RequestServiceTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final BigDecimal LAT = new BigDecimal("31.230416");
    private static final BigDecimal LNG = new BigDecimal("121.473701");

    @Autowired RequestService requests;
    @Autowired CaseService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired CaseRoutingService routing;
    @Autowired org.gridvoice.casework.CaseChainService chain;
    @Autowired People people;
    @Autowired PhotoService photos;
    @Autowired JdbcClient jdbc;

    private long environment;
    private long parking;
    private SignedInUser requester;
    private SignedInUser neighbour;

    @BeforeEach
    void residents() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        parking = jdbc.sql("SELECT id FROM place_category WHERE code = 'parking'").query(Long.class).single();
        requester = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        neighbour = people.verifiedResidentOf(People.GRID_XINGFULI_1);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private RequestForm form(String words, BigDecimal lat, BigDecimal lng, boolean showName) {
        return new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 3 号楼 2 单元楼道", lat, lng, words, List.of(), showName);
    }

    private int requestRows() {
        return jdbc.sql("SELECT COUNT(*) FROM request").query(Integer.class).single();
    }

    @Test
    void a_request_becomes_a_case_at_once_where_the_list_says_with_the_residents_words() {
        People.actAs(requester);
        Filed filed = requests.file(form("楼道里堆了很多纸箱，\n挡住了消防通道。", LAT, LNG, false));

        CaseDetails details = cases.details(filed.caseId());
        assertThat(details.snapshot().source()).isEqualTo(CaseSource.REQUEST);
        assertThat(details.status()).isEqualTo(CaseStatus.NEW);
        assertThat(details.standing().officeId()).as("environment in 幸福里 → its grid station").isEqualTo(GRID_STATION_XINGFULI);
        assertThat(details.title()).isEqualTo("楼道里堆了很多纸箱，");
        assertThat(details.snapshot().bodyHtml()).isEqualTo("<p>楼道里堆了很多纸箱，<br>挡住了消防通道。</p>");
        assertThat(details.snapshot().place()).isEqualTo("幸福里 3 号楼 2 单元楼道");
        assertThat(details.snapshot().point().latitude()).isEqualByComparingTo(LAT);
        assertThat(details.snapshot().vote()).isNull();
        assertThat(details.standing().routedBy()).as("nobody routed it: the list did").isNull();
        assertThat(details.events()).extracting(e -> e.kind()).containsExactly(CaseEventKind.ROUTED);
        assertThat(details.events().getFirst().actor()).as("the requester is not named on the public timeline").isNull();
        assertThat(details.snapshot().author()).as("the requester (you) chose not to show the name: only staff see it").isEmpty();

        People.actAs(people.create(Role.OFFICER, GRID_STATION_XINGFULI));
        assertThat(cases.details(filed.caseId()).snapshot().author()).as("the office sees who filed it").isEqualTo(requester.displayName());
        assertThat(chain.links(filed.caseId())).as("the routing is on the audit chain").hasSize(1);
        People.signOut();
        assertThat(requests.summary(filed.requestId()).authorName()).as("the public list does not name a hidden author").isNull();
        assertThat(requests.list(RequestFilter.ALL, PageRequest.of(0, 20)).getContent()).extracting(RequestSummary::id)
                .contains(filed.requestId());
    }

    @Test
    void a_neighbour_says_me_too_instead_of_filing_again_and_is_asked_to_confirm_like_the_requester() {
        People.actAs(requester);
        Filed filed = requests.file(form("路灯坏了，晚上很黑", LAT, LNG, true));

        People.actAs(neighbour);
        BigDecimal fiftyMetresNorth = LAT.add(new BigDecimal("0.000450"));
        List<MeTooCandidate> near = requests.candidates(environment, People.GRID_XINGFULI_1, fiftyMetresNorth, LNG);
        assertThat(near).extracting(c -> c.request().id()).contains(filed.requestId());
        MeTooCandidate mine = near.stream().filter(c -> c.request().id() == filed.requestId()).findFirst().orElseThrow();
        assertThat(mine.metres()).isBetween(45, 55);
        assertThat(mine.request().authorName()).as("shown by choice").isEqualTo(requester.displayName());
        BigDecimal halfAKilometreAway = LAT.add(new BigDecimal("0.004500"));
        assertThat(requests.candidates(environment, People.GRID_XINGFULI_1, halfAKilometreAway, LNG))
                .extracting(c -> c.request().id()).doesNotContain(filed.requestId());
        assertThat(requests.candidates(parking, People.GRID_XINGFULI_1, LAT, LNG)).extracting(c -> c.request().id())
                .doesNotContain(filed.requestId());
        assertThat(requests.candidates(environment, People.GRID_XINGFULI_1, null, null)).as("no point: grid and category decide")
                .extracting(c -> c.request().id()).contains(filed.requestId());

        assertThat(requests.support(filed.requestId())).isTrue();
        assertThat(requests.support(filed.requestId())).as("once per person").isFalse();
        assertThat(requests.summary(filed.requestId()).supporters()).isEqualTo(1);
        assertThat(requests.mine(PageRequest.of(0, 10)).getContent()).extracting(RequestSummary::id).containsExactly(filed.requestId());
        People.actAs(requester);
        assertThatThrownBy(() -> requests.support(filed.requestId())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("request.error.own");

        People.actAs(people.create(Role.OFFICER, GRID_STATION_XINGFULI));
        workflow.accept(filed.caseId(), "已安排电工");
        workflow.resolve(filed.caseId(), new CaseNoteForm("路灯已更换", null));
        assertThat(jdbc.sql("SELECT user_id FROM casework_feedback WHERE case_id = :c ORDER BY user_id").param("c", filed.caseId())
                .query(Long.class).list()).containsExactlyInAnyOrder(requester.id(), neighbour.id());
        assertThat(requests.summary(filed.requestId()).status()).as("the request follows its case").isEqualTo(CaseStatus.RESOLVED);

        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> requests.support(filed.requestId())).as("resolved: file a new one if it is back")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.support-closed");
    }

    @Test
    void bad_input_is_refused_and_files_nothing() {
        People.actAs(requester);
        int before = requestRows();
        assertThatThrownBy(() -> requests.file(form("半个坐标", LAT, null, false))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("request.error.half-point");
        assertThatThrownBy(() -> requests.file(form("太长".repeat(1001), null, null, false))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("validation.too-long");
        assertThatThrownBy(() -> requests.file(form(" ", null, null, false))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("validation.required");
        assertThatThrownBy(() -> requests.file(new RequestForm(environment, 999_999L, "某处", null, null, "描述", List.of(), false)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("request.error.grid");
        assertThatThrownBy(() -> requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "某处", new BigDecimal("91"), LNG,
                "描述", List.of(), false))).isInstanceOf(InvalidInput.class).hasMessageContaining("request.error.latitude");
        assertThatThrownBy(() -> requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "某处", null, null, "描述",
                List.of(1L, 2L, 3L, 4L, 5L), false))).isInstanceOf(InvalidInput.class).hasMessageContaining("request.error.too-many-photos");
        assertThat(requestRows()).isEqualTo(before);

        People.signOut();
        assertThatThrownBy(() -> requests.file(form("匿名访客", null, null, false))).isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        People.actAs(neighbour);
        assertThatThrownBy(() -> routing.routeRequest(new RequestCase(1L, People.GRID_XINGFULI_1, environment, "冒名", "某处", null,
                requester.id(), "冒名", true))).as("nobody files in someone else's name").isInstanceOf(AccessDeniedException.class);
        assertThat(requestRows()).isEqualTo(before);
    }

    private static byte[] jpeg() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void the_residents_photos_join_the_case_and_nobody_can_attach_someone_elses() throws Exception {
        People.actAs(neighbour);
        long notMine = photos.accept(new java.io.ByteArrayInputStream(jpeg()), neighbour.id()).id();
        People.actAs(requester);
        long mine = photos.accept(new java.io.ByteArrayInputStream(jpeg()), requester.id()).id();
        int before = requestRows();
        assertThatThrownBy(() -> requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "某处", null, null, "描述",
                List.of(mine, notMine), false))).isInstanceOf(InvalidInput.class).hasMessageContaining("photo.error.not-yours");
        assertThat(requestRows()).as("nothing filed, nothing routed").isEqualTo(before);

        Filed filed = requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "某处", null, null, "描述", List.of(mine), false));
        assertThat(photos.photosOf(new PhotoOwner(PhotoOwner.CASE, filed.caseId()))).extracting(PhotoRef::id).containsExactly(mine);
        People.signOut();
        assertThat(requests.summary(filed.requestId()).thumbUrl()).as("the list shows the first photo").isNotNull();
    }

    @Test
    void a_resident_files_at_most_ten_requests_an_hour() {
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        for (int i = 0; i < 10; i++) {
            requests.file(form("第 " + i + " 条", null, null, false));
        }
        int before = requestRows();
        assertThatThrownBy(() -> requests.file(form("第 11 条", null, null, false))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("request.error.too-many");
        assertThat(requestRows()).isEqualTo(before);
    }

    @Test
    void the_public_list_filters_by_status_category_grid_and_days_and_pages_in_the_database() {
        People.actAs(requester);
        Filed first = requests.file(form("垃圾桶满了", null, null, false));
        Filed second = requests.file(new RequestForm(parking, People.GRID_XINGFULI_1, "小区门口", null, null, "乱停车", List.of(), false));
        People.signOut();
        assertThat(requests.list(new RequestFilter(null, parking, null, null, null), PageRequest.of(0, 50)).getContent())
                .extracting(RequestSummary::id).contains(second.requestId()).doesNotContain(first.requestId());
        assertThat(requests.list(new RequestFilter(CaseStatus.CLOSED, null, null, null, null), PageRequest.of(0, 50)).getContent())
                .extracting(RequestSummary::id).doesNotContain(first.requestId(), second.requestId());
        assertThat(requests.list(new RequestFilter(null, null, People.GRID_MEIYUAN_1, null, null), PageRequest.of(0, 50)).getContent())
                .extracting(RequestSummary::id).doesNotContain(first.requestId());
        var today = java.time.LocalDate.now();
        assertThat(requests.list(new RequestFilter(null, null, null, today.minusDays(3), today.minusDays(1)), PageRequest.of(0, 50))
                .getContent()).extracting(RequestSummary::id).doesNotContain(first.requestId());
        var page = requests.list(RequestFilter.ALL, PageRequest.of(0, 1));
        assertThat(page.getContent()).hasSize(1);
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(2);
    }
}
