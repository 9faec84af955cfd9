package org.gridvoice.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.FeedbackForm;
import org.gridvoice.casework.FeedbackService;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.place.OfficeSummary;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.responsibility.ResponsibilityService;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case screens as the lead office, a co-handling office, the committee and the residents see them (in English). */
class CaseScreensTest extends ViewTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final long CHENGGUAN = 3L;

    @Autowired VotingFixture fixture;
    @Autowired CaseService cases;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired FeedbackService feedback;
    @Autowired ResponsibilityService responsibilities;
    @Autowired ProposalService proposals;
    @Autowired JdbcClient jdbc;

    private SignedInUser officer;
    private SignedInUser lead;
    private SignedInUser coOfficer;
    private Long versionId;

    @BeforeEach
    void anAcceptedProposalWhoseEntryHasACoOffice() {
        fixture.threeProposalsOnTheBallot("工单页面");
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.signOut();
        officer = people.create(Role.OFFICER, GRID_STATION_XINGFULI);
        lead = people.create(Role.OFFICE_LEAD, GRID_STATION_XINGFULI);
        coOfficer = people.create(Role.OFFICER, CHENGGUAN);
        ProposalSummary summary = proposals.summaryOf(fixture.a);
        versionId = responsibilities.route(summary.categoryId(), summary.gridId(), LocalDateTime.now()).responsibilityId();
        jdbc.sql("INSERT IGNORE INTO responsibility_co_office (version_id, office_id) VALUES (:d, :o)").param("d", versionId).param("o", CHENGGUAN)
                .update();
        inEnglish();
    }

    @AfterEach
    void removeTheCoOffice() {
        jdbc.sql("DELETE FROM responsibility_co_office WHERE version_id = :d AND office_id = :o").param("d", versionId).param("o", CHENGGUAN)
                .update();
    }

    private Long routed() {
        People.actAs(fixture.committee);
        Long id = routing.route(fixture.a, new RouteForm(null));
        People.signOut();
        return id;
    }

    private Long resolved(String whatWasDone) {
        Long id = routed();
        People.actAs(officer);
        workflow.accept(id, null);
        workflow.resolve(id, new CaseNoteForm(whatWasDone, null));
        People.signOut();
        return id;
    }

    /** What a reader reads in the part with this id, also where its words are HTML on an element (the timeline's steps). */
    private String text(String id) {
        return org.jsoup.Jsoup.parse(_get(Div.class, s -> s.withId(id)).getElement().getOuterHTML()).text();
    }

    /** The toasts shown (an open dialog holds those it raised). */
    private static java.util.List<String> toasts() {
        return _find(Notification.class).stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private boolean hasButton(String caption) {
        return !_find(Button.class, s -> s.withText(caption)).isEmpty();
    }

    @Test
    void a_co_handling_officer_may_post_updates_on_the_case_page_but_not_accept_resolve_or_transfer() {
        Long id = routed();
        People.actAs(officer);
        workflow.accept(id, null);
        signIn(coOfficer);
        navigate("cases/" + id);

        assertThat(hasButton("Post an update")).isTrue();
        assertThat(hasButton("Accept the case") || hasButton("Mark resolved") || hasButton("Transfer") || hasButton("Write summary")).isFalse();
    }

    @Test
    void the_inbox_of_a_co_handling_office_shows_the_case_marked_and_filters_by_role() {
        Long id = routed();
        signIn(coOfficer);
        navigate("office/cases");
        @SuppressWarnings("unchecked")
        Select<Object> share = _get(Select.class, s -> s.withId("inbox-share"));
        share.setValue(share.getListDataView().getItems().toList().get(2));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getCellComponent(grid, i, "title").getElement().getTextRecursively().startsWith("Case " + id + ":")) {
                row = i;
            }
        }
        assertThat(row).as("the co-handled case is listed").isNotNegative();
        assertThat(GridKt._getCellComponent(grid, row, "status").getElement().getTextRecursively()).contains("Co-handling");
    }

    @Test
    void the_residents_confirmation_box_shows_what_the_office_says_it_did_and_their_comment_goes_on_the_timeline() {
        Long id = resolved("Two more bins were placed at gate 3");
        SignedInUser author = asUser(proposals.summaryOf(fixture.a).authorId());
        signIn(author);
        navigate("cases/" + id);

        assertThat(text("case-feedback")).contains("Two more bins were placed at gate 3");

        People.actAs(author);
        feedback.answer(id, new FeedbackForm(Resolution.PARTLY, Satisfaction.FAIRLY, "The bins are still full on Mondays"));
        People.signOut();
        navigate("cases/" + id);
        assertThat(text("case-timeline")).contains("The bins are still full on Mondays");
    }

    @Test
    void markup_in_a_staff_note_shows_as_the_words_typed_and_never_as_markup_on_the_timeline() {
        String note = "<img src=x onerror=alert(1)> bins & <b>lamps</b>";
        Long id = resolved(note);
        navigate("cases/" + id);

        assertThat(text("case-timeline")).contains(note);
        org.jsoup.nodes.Document timeline = org.jsoup.Jsoup.parse(_get(Div.class, s -> s.withId("case-timeline")).getElement().getOuterHTML());
        assertThat(timeline.select("img, b, [onerror]")).as("no element from the note").isEmpty();
    }

    @Test
    void the_case_page_shows_how_the_residents_voted_and_each_residents_answers_with_their_comment() {
        Long id = resolved("New lamps were fitted");
        int electorate = jdbc.sql("SELECT snap_vote_electorate FROM casework_case WHERE id = :id").param("id", id).query(Integer.class).single();
        SignedInUser author = asUser(proposals.summaryOf(fixture.a).authorId());
        People.actAs(author);
        feedback.answer(id, new FeedbackForm(Resolution.PARTLY, Satisfaction.FAIRLY, "One lamp still flickers"));
        People.signOut();
        navigate("cases/" + id);

        assertThat(text("case-snapshot")).contains("Vote: 2 yes, 0 no, 0 abstain; turnout 2 of " + electorate + ".");
        assertThat(text("case-timeline")).contains("A resident answered: Partly resolved, Fairly satisfied.")
                .contains("Their comment: “One lamp still flickers”").doesNotContain("resolution=");
    }

    @Test
    void a_closed_case_says_when_it_closed_and_whether_it_was_on_time() {
        Long id = resolved("Done");
        jdbc.sql("UPDATE casework_case SET feedback_until = :past WHERE id = :id").param("past", LocalDateTime.now().minusMinutes(1))
                .param("id", id).update();
        feedback.decideEnded();
        navigate("cases/" + id);

        assertThat(text("case-standing")).contains("Closed on").contains("resolved within its deadline");
    }

    @Test
    void each_step_says_what_happened() {
        Long id = routed();
        signIn(officer);
        navigate("cases/" + id);
        _click(_get(Button.class, s -> s.withText("Accept the case")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));
        assertThat(toasts()).contains("Case accepted.");

        signIn(lead);
        navigate("cases/" + id);
        _click(_get(Button.class, s -> s.withText("Transfer")));
        StepDialog dialog = _get(StepDialog.class);
        OfficeSummary chengguan = dialog.office.getListDataView().getItems().filter(o -> o.id() == CHENGGUAN).findFirst().orElseThrow();
        dialog.office.setValue(chengguan);
        dialog.note.setValue("Street lighting is the street department's duty");
        _click(_get(Button.class, s -> s.withText("Transfer now")));
        assertThat(toasts()).contains("Case transferred to " + chengguan.name() + ".");
    }

    @Test
    void routing_previews_the_office_and_the_deadlines_before_the_committee_confirms() {
        signIn(fixture.committee);
        navigate("consultations/" + fixture.consultation + "/cases");
        String office = jdbc.sql("SELECT name FROM place_office WHERE id = :id").param("id", GRID_STATION_XINGFULI).query(String.class).single();

        assertThat(text("route-preview-" + fixture.a)).contains(office).contains("respond within 24 hours").contains("resolve within 7 days");
        _click(_get(Button.class, s -> s.withText("Route")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message", "") + question.getElement().getTextRecursively()).contains(office);
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));
        assertThat(toasts()).contains("Case routed to " + office + ".");
    }

    private SignedInUser asUser(Long userId) {
        String email = jdbc.sql("SELECT email FROM account_user WHERE id = :id").param("id", userId).query(String.class).single();
        return new SignedInUser(userId, email, "居民", true, EnumSet.of(Role.RESIDENT), null);
    }
}
