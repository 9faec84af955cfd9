package org.gridvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.EmailPreference;
import org.gridvoice.account.ProfileForm;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.ResidencyForm;
import org.gridvoice.account.ResidencyService;
import org.gridvoice.account.Role;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseNoteForm;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseWorkflow;
import org.gridvoice.casework.FeedbackForm;
import org.gridvoice.casework.FeedbackService;
import org.gridvoice.casework.Resolution;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.casework.Satisfaction;
import org.gridvoice.casework.TransferForm;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.place.CategoryForm;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CommunityForm;
import org.gridvoice.place.GridForm;
import org.gridvoice.place.OfficeForm;
import org.gridvoice.place.OfficeKind;
import org.gridvoice.place.OfficeService;
import org.gridvoice.place.PlaceService;
import org.gridvoice.place.StreetForm;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.OutcomeService;
import org.gridvoice.voting.OutcomeStatementForm;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The longest text each form allows — Chinese with 4-byte emoji, which count twice in a form's limit
 * and take four bytes in the database — is stored whole, and mails about it still go out.
 */
@GridVoiceTest
class LongestAllowedTextTest {

    private static final long GRID_STATION_XINGFULI = 1L;
    private static final long CHENGGUAN = 3L;

    @Autowired VotingFixture fixture;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired ModerationService moderation;
    @Autowired OutcomeService outcomes;
    @Autowired CaseRoutingService routing;
    @Autowired CaseWorkflow workflow;
    @Autowired FeedbackService feedback;
    @Autowired ResidencyService residencies;
    @Autowired AccountService accounts;
    @Autowired PlaceService places;
    @Autowired OfficeService offices;
    @Autowired CategoryService categories;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    /** Exactly {@code units} UTF-16 units (what a form's @Size counts), never ending in half an emoji. */
    static String longest(int units, boolean emoji) {
        String base = emoji ? "居民议事😀" : "居民议事格声";
        StringBuilder text = new StringBuilder();
        while (text.length() < units) {
            text.append(base);
        }
        String cut = text.substring(0, units);
        return Character.isHighSurrogate(cut.charAt(units - 1)) ? cut.substring(0, units - 1) + "事" : cut;
    }

    static String longest(int units) {
        return longest(units, true);
    }

    /** Longest and unique (names must differ): ends in digits. */
    static String unique(int units) {
        String digits = String.valueOf(System.nanoTime());
        return longest(units - digits.length()) + digits;
    }

    private String column(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(String.class).single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM shared_mail_outbox WHERE recipient = :r").param("r", email).query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_longest_text_of_every_deliberation_form_is_stored_whole_and_its_mails_are_sent() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        fixture.threeProposalsOnTheBallot("最长文本");
        SignedInUser committee = fixture.committee;

        // consultation form, and a phase closed early with the longest reason
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        String title = unique(120);
        String description = longest(20_000);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, title, description,
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        assertThat(column("SELECT title FROM consultation WHERE id = :id", consultation)).isEqualTo(title);
        assertThat(column("SELECT description FROM consultation WHERE id = :id", consultation)).isEqualTo(description);

        // proposal form
        SignedInUser proposer = people.verifiedResidentOf(1L);
        People.actAs(proposer);
        String proposalTitle = longest(120);
        String body = longest(10_000);
        String place = longest(200);
        Long proposal = proposals.create(new ProposalForm(consultation, proposalTitle, body, environment, 1L, place));
        assertThat(column("SELECT title FROM proposal WHERE id = :id", proposal)).isEqualTo(proposalTitle);
        assertThat(column("SELECT body FROM proposal WHERE id = :id", proposal)).isEqualTo(body);
        assertThat(column("SELECT place_text FROM proposal WHERE id = :id", proposal)).isEqualTo(place);
        Long withdrawn = proposals.create(new ProposalForm(consultation, "撤回" + System.nanoTime(), "内容", environment, 1L, null));
        String withdrawReason = longest(500);
        proposals.withdraw(withdrawn, new ReasonForm(withdrawReason));
        assertThat(column("SELECT withdraw_reason FROM proposal WHERE id = :id", withdrawn)).isEqualTo(withdrawReason);

        // comment, flag note, and the committee's hide and restore with the longest reason
        SignedInUser commenter = people.resident();
        People.actAs(commenter);
        String commentBody = longest(5_000);
        ContentRef comment = new ContentRef(ContentRef.COMMENT,
                discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, proposal), null, commentBody, null)));
        assertThat(column("SELECT body FROM discussion_comment WHERE id = :id", comment.id())).isEqualTo(commentBody);
        assertThat(mailsTo(proposer.email())).as("the proposer hears of the comment").isPositive();
        People.actAs(people.verifiedResidentOf(1L)); // only verified residents of the community may flag
        String note = longest(500);
        moderation.flag(new FlagForm(comment, FlagReason.OTHER, note));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_flag WHERE note = :n").param("n", note).query(Long.class).single()).isEqualTo(1);
        People.actAs(committee);
        String reason = longest(500);
        moderation.hide(comment, new ReasonForm(reason));
        moderation.restore(comment, new ReasonForm(longest(500, false)));
        assertThat(mailsTo(commenter.email())).as("hidden, then restored").isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM moderation_log WHERE reason = :r").param("r", reason).query(Long.class).single()).isEqualTo(1);

        String closeReason = longest(500);
        consultations.closePhaseEarly(consultation, new ReasonForm(closeReason));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_change WHERE consultation_id = :c AND reason = :r")
                .param("c", consultation).param("r", closeReason).query(Long.class).single()).isEqualTo(1);

        // outcome statement, routing note, case steps, transfer reason and the residents' feedback
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.vote(1, Map.of(fixture.a, 1));
        fixture.closeEarly();
        People.actAs(committee);
        String statement = longest(10_000);
        outcomes.publishStatement(fixture.consultation, new OutcomeStatementForm(statement));
        assertThat(column("SELECT statement_markdown FROM voting_result WHERE consultation_id = :id", fixture.consultation)).isEqualTo(statement);
        String routeNote = longest(1_000);
        Long caseId = routing.route(fixture.a, new RouteForm(routeNote));
        assertThat(column("SELECT route_note FROM casework_case WHERE id = :id", caseId)).isEqualTo(routeNote);

        People.actAs(people.create(Role.OFFICE_LEAD, GRID_STATION_XINGFULI));
        String transferReason = longest(1_000);
        workflow.transfer(caseId, new TransferForm(CHENGGUAN, transferReason));
        People.actAs(people.create(Role.OFFICE_LEAD, CHENGGUAN));
        workflow.accept(caseId, null);
        String update = longest(2_000);
        String internal = longest(2_000, false);
        String resolution = longest(1_999) + "。";
        workflow.update(caseId, new CaseNoteForm(update, null));
        workflow.note(caseId, new CaseNoteForm(internal, null));
        workflow.resolve(caseId, new CaseNoteForm(resolution, null));
        assertThat(jdbc.sql("SELECT note FROM casework_event WHERE case_id = :c AND note IS NOT NULL").param("c", caseId)
                .query(String.class).list()).contains(transferReason, update, internal, resolution);

        Long author = proposals.summaryOf(fixture.a).authorId();
        String authorEmail = column("SELECT email FROM account_user WHERE id = :id", author);
        People.actAs(new SignedInUser(author, authorEmail, "居民", true, java.util.EnumSet.of(Role.RESIDENT), null));
        String comment1000 = longest(1_000);
        feedback.answer(caseId, new FeedbackForm(Resolution.PARTLY, Satisfaction.FAIRLY, comment1000));
        assertThat(jdbc.sql("SELECT comment FROM casework_feedback WHERE case_id = :c AND user_id = :u").param("c", caseId)
                .param("u", author).query(String.class).single()).isEqualTo(comment1000);
        assertThat(mailsTo(authorEmail)).as("the author hears of the case").isPositive();
    }

    @Test
    void the_longest_names_residency_and_rejection_reason_are_stored_whole() {
        // residency form (letters and digits only) and the committee's rejection with the longest reason
        SignedInUser resident = people.resident();
        People.actAs(resident);
        String building = longest(40, false);
        String unit = longest(20, false);
        String room = longest(20, false);
        Long residency = residencies.request(new ResidencyForm(People.COMMUNITY_XINGFULI, People.GRID_XINGFULI_1, building, unit, room)).id();
        assertThat(column("SELECT CONCAT(building, '|', unit, '|', room) FROM account_residency WHERE id = :id", residency))
                .isEqualTo(building + "|" + unit + "|" + room);
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        String reason = longest(500);
        residencies.reject(residency, new ReasonForm(reason));
        assertThat(column("SELECT decision_reason FROM account_residency WHERE id = :id", residency)).isEqualTo(reason);
        assertThat(mailsTo(resident.email())).isPositive();

        // profile name
        People.actAs(resident);
        String name = longest(60);
        accounts.updateMyProfile(new ProfileForm(name, "zh-CN", EmailPreference.IMMEDIATE));
        assertThat(column("SELECT display_name FROM account_user WHERE id = :id", resident.id())).isEqualTo(name);

        // places, categories and offices
        People.actAs(people.admin());
        String streetName = unique(100);
        Long street = places.saveStreet(null, new StreetForm(streetName)).id();
        assertThat(column("SELECT name FROM place_street WHERE id = :id", street)).isEqualTo(streetName);
        String communityName = unique(100);
        String address = longest(200);
        Long community = places.saveCommunity(null, new CommunityForm(street, communityName, address)).id();
        assertThat(column("SELECT CONCAT(name, '|', address) FROM place_community WHERE id = :id", community))
                .isEqualTo(communityName + "|" + address);
        String gridName = unique(100);
        String gridDescription = longest(500);
        Long grid = places.saveGrid(null, new GridForm(community, gridName, gridDescription)).id();
        assertThat(column("SELECT CONCAT(name, '|', description) FROM place_grid WHERE id = :id", grid))
                .isEqualTo(gridName + "|" + gridDescription);
        String zh = unique(60);
        String en = unique(60);
        Long category = categories.save(null, new CategoryForm("long-" + System.nanoTime(), zh, en, 9999)).id();
        assertThat(column("SELECT CONCAT(name_zh, '|', name_en) FROM place_category WHERE id = :id", category)).isEqualTo(zh + "|" + en);
        String officeName = unique(100);
        Long office = offices.save(null, new OfficeForm(street, officeName, OfficeKind.GRID_STATION, "(010) 1234-5678 90", Set.of(grid))).id();
        assertThat(column("SELECT name FROM place_office WHERE id = :id", office)).isEqualTo(officeName);
    }
}
