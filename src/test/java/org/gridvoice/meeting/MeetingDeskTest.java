package org.gridvoice.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.CaseSnapshot;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At the meeting: signing in attendance (verified residents of the scope, once; walk-ins), the live
 * quorum of a 居民会议, decisions two committee members sign, a proposal a meeting accepts and routes
 * with the meeting in its case snapshot, and referral to an online vote. Every refusal stores nothing.
 */
@GridVoiceTest
class MeetingDeskTest {

    private static final String PASSWORD = "second-signatory-1";

    @Autowired MeetingFixture fixture;
    @Autowired People people;
    @Autowired AttendanceService attendance;
    @Autowired QuorumService quorums;
    @Autowired AgendaDecisionService decisions;
    @Autowired ConsultationService consultations;
    @Autowired ProposalService proposals;
    @Autowired CaseService cases;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private SignedInUser withPassword(SignedInUser user) {
        jdbc.sql("UPDATE account_user SET password_hash = :h WHERE id = :u").param("h", passwords.encode(PASSWORD)).param("u", user.id()).update();
        return user;
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(field, key))
                .as("refused with %s, got %s", key, e.problems()).isTrue());
    }

    private String method(long itemId) {
        return jdbc.sql("SELECT method FROM meeting_agenda_item WHERE id = :i").param("i", itemId).query(String.class).optional().orElse(null);
    }

    @Test
    void the_committee_signs_in_residents_of_the_scope_once_and_walk_ins_by_name_and_everything_else_is_refused_with_nothing_stored() {
        long[] place = fixture.community();
        SignedInUser committee = people.committeeOf(place[0]);
        SignedInUser inGridA = fixture.residentAt(place[1], "1号楼", "1单元", "101");
        SignedInUser inGridB = fixture.residentAt(place[2], "2号楼", "1单元", "201");
        SignedInUser elsewhere = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser unverified = people.resident();
        long meeting = fixture.openMeeting(place[0], MeetingKind.RESIDENTS_MEETING, committee, place[1]);
        People.actAs(committee);

        attendance.signIn(meeting, inGridA.id(), true);
        refused(() -> attendance.signIn(meeting, inGridA.id(), false), "resident", "meetingdesk.error.signed-twice");
        refused(() -> attendance.signIn(meeting, inGridB.id(), true), "resident", "meetingdesk.error.not-in-scope");
        refused(() -> attendance.signIn(meeting, elsewhere.id(), true), "resident", "meetingdesk.error.not-in-scope");
        refused(() -> attendance.signIn(meeting, unverified.id(), true), "resident", "meetingdesk.error.not-in-scope");
        attendance.signInWalkIn(meeting, new AttendanceWalkInForm(" 王大爷 "));
        refused(() -> attendance.signInWalkIn(meeting, new AttendanceWalkInForm("王大爷")), "name", "meetingdesk.error.signed-twice");
        refused(() -> attendance.signInWalkIn(meeting, new AttendanceWalkInForm(" ")), "name", "validation.required");
        People.actAs(people.committeeOf(People.COMMUNITY_XINGFULI));
        assertThatThrownBy(() -> attendance.signIn(meeting, inGridB.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.attendees(meeting)).isInstanceOf(AccessDeniedException.class);
        People.actAs(inGridA);
        assertThatThrownBy(() -> attendance.signInWalkIn(meeting, new AttendanceWalkInForm("李四"))).isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.attendance(meeting)).isEqualTo(2);
        People.signOut();
        Quorum quorum = quorums.quorum(meeting);
        assertThat(quorum.present()).as("counts are public").isEqualTo(2);
        assertThat(quorum.walkIns()).isEqualTo(1);
        assertThat(quorum.households()).isEqualTo(1);
        var chain = jdbc.sql("SELECT kind, actor_ref, payload FROM audit_entry WHERE object_type = 'meeting' AND object_id = :m ORDER BY seq")
                .param("m", meeting).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
        assertThat(chain).hasSize(2).allMatch(line -> line.startsWith("MEETING_ATTENDANCE_SIGNED"))
                .noneMatch(line -> line.contains("王大爷") || line.contains(inGridA.displayName()) || line.contains("user:" + inGridA.id()));
    }

    @Test
    void sign_in_opens_two_hours_before_the_start_of_a_published_meeting_and_closes_with_its_minutes() {
        long[] place = fixture.community();
        SignedInUser committee = people.committeeOf(place[0]);
        SignedInUser resident = fixture.residentAt(place[1], "1号楼", "1单元", "101");
        long draft = fixture.meeting(place[0], MeetingKind.RESIDENTS_MEETING, MeetingStatus.DRAFT, LocalDateTime.now().plusMinutes(10), committee);
        long later = fixture.meeting(place[0], MeetingKind.RESIDENTS_MEETING, MeetingStatus.PUBLISHED, LocalDateTime.now().plusHours(3), committee);
        long held = fixture.meeting(place[0], MeetingKind.RESIDENTS_MEETING, MeetingStatus.PUBLISHED, LocalDateTime.now().minusHours(3), committee);
        jdbc.sql("UPDATE meeting SET status = 'HELD', minutes_markdown = '纪要', minutes_html = '<p>纪要</p>', minutes_published_at = NOW() WHERE id = :m")
                .param("m", held).update();
        People.actAs(committee);

        refused(() -> attendance.signIn(draft, resident.id(), true), null, "meetingdesk.error.not-open");
        refused(() -> attendance.signIn(later, resident.id(), true), null, "meetingdesk.error.not-yet");
        refused(() -> attendance.signIn(held, resident.id(), true), null, "meetingdesk.error.not-open");
        assertThat(attendance.deskRefusal(later)).contains("meetingdesk.error.not-yet");
        assertThat(fixture.attendance(draft) + fixture.attendance(later) + fixture.attendance(held)).isZero();
    }

    @Test
    void a_residents_meeting_decides_only_with_more_than_half_of_the_adults_or_of_the_households_represented() {
        long[] place = fixture.community();
        SignedInUser committee = people.committeeOf(place[0]);
        SignedInUser second = withPassword(people.committeeOf(place[0]));
        SignedInUser wife = fixture.residentAt(place[1], "1号楼", "1单元", "101");
        SignedInUser husband = fixture.residentAt(place[1], "1 号楼", "1单元", "101");
        SignedInUser neighbour = fixture.residentAt(place[1], "1号楼", "1单元", "102");
        SignedInUser across = fixture.residentAt(place[2], "2号楼", "1单元", "101");
        fixture.residentAt(place[2], "2号楼", "1单元", "102");
        long meeting = fixture.openMeeting(place[0], MeetingKind.RESIDENTS_MEETING, committee);
        long item = fixture.item(meeting, 1, "加装电梯", null, null);
        People.actAs(committee);

        attendance.signIn(meeting, wife.id(), true);
        attendance.signIn(meeting, husband.id(), false);
        Quorum quorum = quorums.quorum(meeting);
        assertThat(quorum).extracting(Quorum::present, Quorum::households, Quorum::representedHouseholds, Quorum::rollAdults,
                Quorum::rollHouseholds).containsExactly(2, 1, 1, 5, 4);
        assertThat(quorum.met()).isFalse();
        refused(() -> decisions.record(meeting, item, AgendaDecisionForm.showOfHands(2, 0, 0), second.email(), PASSWORD), null,
                "meetingdesk.error.no-quorum");
        assertThat(method(item)).isNull();

        attendance.signInWalkIn(meeting, new AttendanceWalkInForm("王大爷"));
        quorum = quorums.quorum(meeting);
        assertThat(quorum.byPeople()).as("3 of 5 adults: walk-ins count as people").isTrue();
        assertThat(quorum.byHouseholds()).isFalse();
        assertThat(quorum.representedHouseholds()).as("walk-ins are no verified household").isEqualTo(1);

        attendance.signIn(meeting, neighbour.id(), true);
        attendance.signIn(meeting, across.id(), true);
        quorum = quorums.quorum(meeting);
        assertThat(quorum.representedHouseholds()).isEqualTo(3);
        assertThat(quorum.byHouseholds()).as("3 of 4 households").isTrue();
        assertThat(quorum.met()).isTrue();
        decisions.record(meeting, item, AgendaDecisionForm.showOfHands(3, 1, 1), second.email(), PASSWORD);
        assertThat(decisions.items(meeting)).singleElement().satisfies(d -> {
            assertThat(d.passed()).as("3 of 5 present: more than half").isTrue();
            assertThat(d.present()).isEqualTo(5);
        });
    }

    @Test
    void a_decision_needs_counts_within_attendance_and_a_second_committee_member_who_is_not_the_first_and_is_then_final() {
        long[] place = fixture.community();
        SignedInUser committee = withPassword(people.committeeOf(place[0]));
        SignedInUser second = withPassword(people.committeeOf(place[0]));
        SignedInUser officerElsewhere = withPassword(people.committeeOf(People.COMMUNITY_MEIYUAN));
        long meeting = fixture.openMeeting(place[0], MeetingKind.CONSULTATION_MEETING, committee);
        long hands = fixture.item(meeting, 1, "楼道堆物", null, null);
        long agreed = fixture.item(meeting, 2, "绿化养护", null, null);
        People.actAs(committee);
        for (int i = 0; i < 3; i++) {
            attendance.signIn(meeting, fixture.residentAt(place[1], "3号楼", "1单元", "30" + i).id(), true);
        }
        Long wrong = attendance.signInWalkIn(meeting, new AttendanceWalkInForm("签错的人"));
        attendance.undo(meeting, wrong);
        assertThat(quorums.quorum(meeting).present()).isEqualTo(3);

        refused(() -> decisions.record(meeting, hands, AgendaDecisionForm.showOfHands(2, 1, 1), second.email(), PASSWORD), "votesFor",
                "meetingdesk.error.counts-exceed");
        refused(() -> decisions.record(meeting, hands, new AgendaDecisionForm(AgendaDecisionMethod.SHOW_OF_HANDS, 2, null, 0, null), second.email(),
                PASSWORD), "votesFor", "meetingdesk.error.counts-missing");
        refused(() -> decisions.record(meeting, hands, AgendaDecisionForm.showOfHands(2, 1, 0), committee.email(), PASSWORD), "witness",
                "witness.error.same-person");
        refused(() -> decisions.record(meeting, hands, AgendaDecisionForm.showOfHands(2, 1, 0), second.email(), "wrong"), "witness",
                "witness.error.credentials");
        refused(() -> decisions.record(meeting, hands, AgendaDecisionForm.showOfHands(2, 1, 0), officerElsewhere.email(), PASSWORD), "witness",
                "witness.error.not-staff");
        refused(() -> decisions.record(meeting, agreed, AgendaDecisionForm.consensus("  "), second.email(), PASSWORD), "consensus",
                "meetingdesk.error.consensus-missing");
        assertThat(method(hands)).isNull();
        assertThat(method(agreed)).isNull();

        decisions.record(meeting, hands, AgendaDecisionForm.showOfHands(1, 1, 1), second.email(), PASSWORD);
        decisions.record(meeting, agreed, AgendaDecisionForm.consensus("**同意**每月清理一次<script>alert(1)</script>"), second.email(), PASSWORD);
        refused(() -> decisions.record(meeting, hands, AgendaDecisionForm.showOfHands(3, 0, 0), second.email(), PASSWORD), null,
                "meetingdesk.error.recorded");
        Long late = attendance.signInWalkIn(meeting, new AttendanceWalkInForm("迟到的人"));
        refused(() -> attendance.undo(meeting, late), null, "meetingdesk.error.undo-after-decision");

        People.signOut();
        var agenda = decisions.items(meeting);
        assertThat(agenda.get(0)).satisfies(d -> {
            assertThat(d.method()).isEqualTo(AgendaDecisionMethod.SHOW_OF_HANDS);
            assertThat(d.passed()).as("1 of 3 is not more than half").isFalse();
            assertThat(d.votesFor() + d.votesAgainst() + d.votesAbstain()).isEqualTo(3);
        });
        assertThat(agenda.get(1)).satisfies(d -> {
            assertThat(d.passed()).isTrue();
            assertThat(d.consensusHtml()).contains("<strong>同意</strong>").doesNotContain("<script");
        });
        assertThat(jdbc.sql("SELECT recorded_by, confirmed_by FROM meeting_agenda_item WHERE id = :i").param("i", hands)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single()).containsExactly(committee.id(), second.id());
        assertThat(jdbc.sql("SELECT payload FROM audit_entry WHERE object_type = 'meeting_agenda_item' AND object_id = :i")
                .param("i", hands).query(String.class).single()).contains("for 1, against 1, abstain 1, present 3, passed false")
                .contains("confirmed by committee:" + second.id());
        assertThatThrownBy(() -> jdbc.sql("UPDATE meeting_agenda_item SET votes_for = 0 WHERE id = :i").param("i", hands).update())
                .as("the database keeps a recorded decision final").hasMessageContaining("final");
    }

    @Test
    void a_proposal_the_meeting_passes_is_accepted_and_routed_with_the_meeting_in_its_case_snapshot_and_cannot_be_decided_again() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        SignedInUser committee = withPassword(people.committeeOf(People.COMMUNITY_XINGFULI));
        SignedInUser second = withPassword(people.committeeOf(People.COMMUNITY_XINGFULI));
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        Long consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "会议决定的议题" + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        SignedInUser author = people.verifiedResidentOf(1L);
        People.actAs(author);
        Long proposal = proposals.create(new ProposalForm(consultation, "修复3号楼路灯", "晚上太黑", environment, null, null));
        long meeting = fixture.openMeeting(People.COMMUNITY_XINGFULI, MeetingKind.CONSULTATION_MEETING, committee);
        long item = fixture.item(meeting, 1, "路灯", "PROPOSAL", proposal);
        long again = fixture.openMeeting(People.COMMUNITY_XINGFULI, MeetingKind.CONSULTATION_MEETING, committee);
        long againItem = fixture.item(again, 1, "路灯（再议）", "PROPOSAL", proposal);
        People.actAs(committee);
        for (int i = 0; i < 3; i++) {
            attendance.signIn(meeting, people.verifiedResidentOf(1L).id(), true);
            attendance.signIn(again, people.verifiedResidentOf(2L).id(), true);
        }
        refused(() -> decisions.route(meeting, item), null, "meetingdesk.error.not-routable");

        decisions.record(meeting, item, AgendaDecisionForm.showOfHands(2, 1, 0), second.email(), PASSWORD);
        assertThat(proposals.summaryOf(proposal).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposals.details(proposal).progress().resultUrl()).isEqualTo("meetings/" + meeting);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT link FROM notification WHERE user_id = :u AND kind = 'PROPOSAL_ACCEPTED'").param("u", author.id())
                .query(String.class).list()).as("the author hears as after an online vote").containsExactly("meetings/" + meeting));
        refused(() -> decisions.record(again, againItem, AgendaDecisionForm.showOfHands(3, 0, 0), second.email(), PASSWORD), null,
                "meetingdesk.error.proposal-decided");
        assertThat(method(againItem)).isNull();

        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> decisions.route(meeting, item)).isInstanceOf(AccessDeniedException.class);
        People.actAs(committee);
        Long caseId = decisions.route(meeting, item);
        refused(() -> decisions.route(meeting, item), null, "casework.error.routed");
        CaseSnapshot snapshot = cases.details(caseId).snapshot();
        assertThat(snapshot.vote()).isNull();
        assertThat(snapshot.meeting()).satisfies(m -> {
            assertThat(m.meetingId()).isEqualTo(meeting);
            assertThat(m.kind()).isEqualTo("CONSULTATION_MEETING");
            assertThat(m.present()).isEqualTo(3);
            assertThat(m.votesFor()).isEqualTo(2);
            assertThat(m.votesAgainst()).isEqualTo(1);
            assertThat(m.votesAbstain()).isZero();
        });
        assertThat(decisions.items(meeting)).singleElement().extracting(AgendaDecision::caseId).isEqualTo(caseId);
        assertThatThrownBy(() -> jdbc.sql("UPDATE casework_case SET snap_meeting_for = 9 WHERE id = :c").param("c", caseId).update())
                .hasMessageContaining("immutable");
    }

    @Test
    void an_item_referred_to_an_online_vote_becomes_a_draft_consultation_of_the_meetings_scope() {
        long[] place = fixture.community();
        SignedInUser committee = people.committeeOf(place[0]);
        long meeting = fixture.openMeeting(place[0], MeetingKind.RESIDENTS_MEETING, committee, place[2]);
        long item = fixture.item(meeting, 1, "是否改建自行车棚", null, null);
        People.actAs(committee);

        Long consultation = decisions.refer(meeting, item);
        refused(() -> decisions.refer(meeting, item), null, "meetingdesk.error.recorded");

        var details = consultations.details(consultation);
        assertThat(details.title()).isEqualTo("是否改建自行车棚");
        assertThat(details.communityId()).isEqualTo(place[0]);
        assertThat(details.wholeCommunity()).isFalse();
        assertThat(details.gridIds()).containsExactly(place[2]);
        assertThat(details.publishedAt()).as("a draft the committee edits and publishes").isNull();
        assertThat(decisions.items(meeting)).singleElement().satisfies(d -> {
            assertThat(d.method()).isEqualTo(AgendaDecisionMethod.REFERRED);
            assertThat(d.referredConsultationId()).isEqualTo(consultation);
        });
    }
}
