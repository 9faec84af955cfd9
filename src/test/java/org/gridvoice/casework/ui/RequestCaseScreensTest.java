package org.gridvoice.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseSource;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.photo.PhotoService;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident's request's case page as a visitor and as the office see it, its photos, and the inbox's source filter (in English). */
class RequestCaseScreensTest extends ViewTest {

    private static final long GRID_STATION_XINGFULI = 1L;

    @Autowired RequestService requests;
    @Autowired CaseWorkflow workflow;
    @Autowired PhotoService photos;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private SignedInUser requester;
    private SignedInUser officer;
    private Filed filed;

    @BeforeEach
    void aRequestFiledWithoutTheNameAndOneMeToo() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        requester = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        People.actAs(requester);
        filed = requests.file(new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 7 号楼门口", new BigDecimal("31.230416"),
                new BigDecimal("121.473701"), "门口的井盖松了\n踩上去会晃", List.of(), false));
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        requests.support(filed.requestId());
        People.signOut();
        inEnglish();
    }

    /** What a reader reads in the part with this id, also where its words are HTML on an element (the timeline's steps). */
    private String text(String id) {
        return org.jsoup.Jsoup.parse(_get(Div.class, s -> s.withId(id)).getElement().getOuterHTML()).text();
    }

    private long upload(SignedInUser by) throws Exception {
        Path file = dir.resolve(System.nanoTime() + ".jpg");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg", file.toFile());
        return photos.accept(file, by.id()).id();
    }

    @Test
    void a_visitor_reads_who_filed_it_as_a_resident_where_it_is_and_how_many_said_me_too_without_any_vote() {
        navigate("cases/" + filed.caseId());

        assertThat(text("case-snapshot")).contains("What the resident reported").contains("Filed by a resident")
                .doesNotContain(requester.displayName()).doesNotContain("Proposed by").doesNotContain("endorsements")
                .contains("Place: 幸福里 7 号楼门口").contains("One other resident said “me too”.");
        assertThat(_get(Paragraph.class, s -> s.withId("case-point")).getElement().getTextRecursively())
                .contains("latitude 31.230416, longitude 121.473701");
        assertThat(_get(Anchor.class, s -> s.withId("case-point-map")).getHref())
                .startsWith("https://uri.amap.com/marker?position=121.473701,31.230416");
        assertThat(_find(Paragraph.class, s -> s.withId("case-vote"))).isEmpty();
        assertThat(_find(Anchor.class, s -> s.withText("The proposal and its discussion"))).isEmpty();
    }

    @Test
    void the_office_sees_the_hidden_name_marked_as_not_shown_publicly() {
        signIn(officer);
        navigate("cases/" + filed.caseId());

        assertThat(text("case-snapshot")).contains("Filed by " + requester.displayName() + " (name not shown publicly)");
    }

    @Test
    void the_office_resolves_with_before_and_after_pickers_and_the_timeline_shows_the_photos_with_their_badges() throws Exception {
        People.actAs(officer);
        workflow.accept(filed.caseId(), null);
        signIn(officer);
        navigate("cases/" + filed.caseId());
        _click(_get(Button.class, s -> s.withText("Mark resolved")));
        StepDialog dialog = _get(StepDialog.class);
        assertThat(dialog.before).isNotNull();
        assertThat(dialog.after).isNotNull();
        assertThat(dialog.getElement().getTextRecursively()).contains("those who said “me too” will be asked to confirm");
        dialog.close();

        workflow.resolve(filed.caseId(), new CaseNoteForm("井盖已固定", null), List.of(upload(officer)), List.of(upload(officer)));
        People.signOut();
        navigate("cases/" + filed.caseId());

        String timeline = text("case-timeline");
        assertThat(timeline).contains("井盖已固定").contains("Before").contains("After");
        assertThat(_find(com.vaadin.flow.component.html.Image.class).stream().map(i -> i.getAlt().orElse("")))
                .contains("Before the work: photo 1 of 2", "After the work: photo 2 of 2");
    }

    @Test
    void the_inbox_filters_by_source_and_marks_each_row_with_it() {
        signIn(officer);
        navigate("office/cases");
        @SuppressWarnings("unchecked")
        Select<CaseSource> source = _get(Select.class, s -> s.withId("inbox-source"));
        source.setValue(CaseSource.REQUEST);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);

        assertThat(GridKt._size(grid)).isPositive();
        assertThat(GridKt._getCellComponent(grid, 0, "source").getElement().getTextRecursively()).isEqualTo("Request");
    }
}
