package org.gridvoice.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoRef;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident's request as its case: the office's photos on updates, internal notes and the
 * resolution (before / after), who may see which, the filed photos, the "me too" count and the
 * hidden name; through the real services, MariaDB and, for a visitor's fetch, real HTTP.
 */
@GridVoiceTest
class RequestCasePhotosTest {

    private static final long GRID_STATION_XINGFULI = 1L;

    @Autowired RequestService requests;
    @Autowired CaseService cases;
    @Autowired CaseWorkflow workflow;
    @Autowired PhotoService photos;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    @TempDir Path dir;

    private long environment;
    private SignedInUser requester;
    private SignedInUser officer;

    @BeforeEach
    void aRequesterAndTheOffice() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        requester = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** A small JPEG uploaded (pending) by the user. */
    private long upload(SignedInUser by) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path file = dir.resolve(System.nanoTime() + ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return photos.accept(file, by.id()).id();
    }

    private Filed filed(boolean showName, List<Long> photoIds) {
        People.actAs(requester);
        Filed filed = requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 5 号楼东侧", new BigDecimal("31.230416"),
                new BigDecimal("121.473701"), "垃圾桶旁边的地面很脏\n请清理", photoIds, showName));
        People.signOut();
        return filed;
    }

    private int events(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM casework_event WHERE case_id = :c").param("c", caseId).query(Integer.class).single();
    }

    private int statusOf(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_resolution_with_before_and_after_photos_shows_them_labelled_on_the_public_page() throws Exception {
        Filed filed = filed(true, List.of());
        People.actAs(officer);
        workflow.accept(filed.caseId(), null);
        long before = upload(officer);
        long after1 = upload(officer);
        long after2 = upload(officer);
        workflow.resolve(filed.caseId(), new CaseNoteForm("地面已冲洗干净", null), List.of(before), List.of(after1, after2));
        People.signOut();

        CaseEvent resolution = cases.details(filed.caseId()).events().stream().filter(e -> e.kind() == CaseEventKind.RESOLVED)
                .findFirst().orElseThrow();
        assertThat(resolution.photos()).extracting(PhotoRef::id, PhotoRef::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(before, PhotoLabel.BEFORE), org.assertj.core.groups.Tuple.tuple(after1, PhotoLabel.AFTER),
                org.assertj.core.groups.Tuple.tuple(after2, PhotoLabel.AFTER));
        assertThat(resolution.photos()).noneMatch(PhotoRef::internal);
        assertThat(statusOf(resolution.photos().getFirst().thumbUrl())).as("a visitor fetches it").isEqualTo(200);
    }

    @Test
    void an_internal_notes_photo_stays_with_the_office_and_answers_404_to_a_visitor() throws Exception {
        Filed filed = filed(true, List.of());
        People.actAs(officer);
        workflow.accept(filed.caseId(), null);
        long inside = upload(officer);
        long outside = upload(officer);
        workflow.note(filed.caseId(), new CaseNoteForm("住户说是隔壁餐馆倒的", null), List.of(inside));
        workflow.update(filed.caseId(), new CaseNoteForm("已联系保洁", null), List.of(outside));

        List<CaseEvent> officeSees = cases.details(filed.caseId()).events();
        assertThat(officeSees).filteredOn(e -> e.kind() == CaseEventKind.NOTE).singleElement()
                .satisfies(e -> assertThat(e.photos()).extracting(PhotoRef::id, PhotoRef::internal)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(inside, true)));
        People.signOut();

        CaseDetails visitor = cases.details(filed.caseId());
        assertThat(visitor.events()).extracting(CaseEvent::kind).doesNotContain(CaseEventKind.NOTE);
        assertThat(visitor.events().stream().flatMap(e -> e.photos().stream()).map(PhotoRef::id).toList())
                .containsExactly(outside);
        assertThat(statusOf("/photos/" + inside + "/display")).isEqualTo(404);
        assertThat(statusOf("/photos/" + inside + "/thumb")).isEqualTo(404);
        assertThat(statusOf("/photos/" + outside + "/display")).as("the update's photo is public").isEqualTo(200);
    }

    @Test
    void photos_that_are_not_the_staff_members_own_or_too_many_are_refused_and_nothing_is_written() throws Exception {
        Filed filed = filed(true, List.of());
        People.actAs(officer);
        workflow.accept(filed.caseId(), null);
        int before = events(filed.caseId());
        long someoneElses = upload(requester);
        assertThatThrownBy(() -> workflow.update(filed.caseId(), new CaseNoteForm("进展", null), List.of(someoneElses)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("photo.error.not-yours");
        List<Long> five = List.of(upload(officer), upload(officer), upload(officer), upload(officer), upload(officer));
        assertThatThrownBy(() -> workflow.resolve(filed.caseId(), new CaseNoteForm("完成", null), List.of(), five))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("casework.error.too-many-photos");
        assertThat(events(filed.caseId())).isEqualTo(before);
        assertThat(cases.statusOf(filed.caseId())).contains(CaseStatus.ACCEPTED);
    }

    @Test
    void the_page_counts_the_me_too_supporters_shows_the_filed_photos_and_hides_a_hidden_name_from_visitors() throws Exception {
        long filedPhoto = upload(requester);
        Filed filed = filed(false, List.of(filedPhoto));
        for (int i = 0; i < 2; i++) {
            People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
            requests.support(filed.requestId());
        }
        People.signOut();

        CaseDetails visitor = cases.details(filed.caseId());
        assertThat(visitor.supporters()).as("the requester is not counted").isEqualTo(2);
        assertThat(visitor.snapshotPhotos()).extracting(PhotoRef::id).containsExactly(filedPhoto);
        assertThat(visitor.snapshot().author()).isEmpty();
        assertThat(visitor.snapshot().point().longitude()).isEqualByComparingTo("121.473701");
        assertThat(visitor.proposalId()).isNull();
        People.actAs(officer);
        assertThat(cases.details(filed.caseId()).snapshot().author()).isEqualTo(requester.displayName());
    }

    @Test
    void the_inbox_and_the_public_list_filter_by_source() {
        Filed filed = filed(true, List.of());
        People.actAs(officer);
        var page = PageRequest.of(0, 500);
        List<CaseSummary> requestsOnly = cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, null, null, null, false, null,
                CaseSource.REQUEST), page).getContent();
        assertThat(requestsOnly).extracting(CaseSummary::id).contains(filed.caseId());
        assertThat(requestsOnly).allSatisfy(c -> assertThat(c.source()).isEqualTo(CaseSource.REQUEST));
        List<CaseSummary> proposalsOnly = cases.inbox(new CaseFilter(GRID_STATION_XINGFULI, null, null, null, false, null,
                CaseSource.PROPOSAL), page).getContent();
        assertThat(proposalsOnly).extracting(CaseSummary::id).doesNotContain(filed.caseId());
        assertThat(proposalsOnly).allSatisfy(c -> assertThat(c.source()).isEqualTo(CaseSource.PROPOSAL));
        People.signOut();
        assertThat(cases.publicCases(null, CaseSource.PROPOSAL, page).getContent()).extracting(CaseSummary::id)
                .doesNotContain(filed.caseId());
        assertThat(cases.publicCases(null, CaseSource.REQUEST, page).getContent()).extracting(CaseSummary::id)
                .contains(filed.caseId());
    }
}
