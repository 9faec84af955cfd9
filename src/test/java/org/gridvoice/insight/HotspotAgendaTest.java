package org.gridvoice.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationDetails;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.meeting.MeetingDetails;
import org.gridvoice.meeting.MeetingFixture;
import org.gridvoice.meeting.MeetingKind;
import org.gridvoice.meeting.MeetingPages;
import org.gridvoice.meeting.MeetingService;
import org.gridvoice.meeting.MeetingStatus;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Put on the agenda": a hotspot of a fresh community (six parking requests last week against one in
 * the twelve weeks before) becomes a consultation draft or a meeting item carrying its figures and
 * links; only that community's committee may do it; the requesters and supporters hear once, when it opens.
 */
@GridVoiceTest
class HotspotAgendaTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired HotspotAgenda agenda;
    @Autowired ConsultationService consultations;
    @Autowired MeetingService meetings;
    @Autowired MeetingPages meetingPages;
    @Autowired MeetingFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    long community;
    long grid;
    long category;
    LocalDate week;
    SignedInUser first;
    SignedInUser second;
    SignedInUser supporter;
    SignedInUser bystander;
    List<Long> requests = new ArrayList<>();

    @BeforeEach
    void aHotspot() {
        long[] place = fixture.community();
        community = place[0];
        grid = place[1];
        category = jdbc.sql("SELECT id FROM place_category WHERE code = 'parking'").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("SELECT MIN(id) FROM place_category WHERE NOT retired").query(Long.class).single());
        week = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        first = people.resident();
        second = people.resident();
        supporter = people.resident();
        bystander = people.resident();
        for (int i = 0; i < 6; i++) {
            requests.add(request(i < 3 ? first : second, week.plusDays(1 + i % 5).atTime(19, 30)));
        }
        request(bystander, week.minusWeeks(5).atTime(10, 0)); // the baseline: one request in the twelve weeks before
        support(requests.get(0), supporter);
        support(requests.get(3), supporter);
        support(requests.get(4), first); // a requester who also supports: still told once
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_consultation_draft_carries_the_figures_and_links_and_its_people_hear_once_when_it_opens() {
        SignedInUser committee = people.committeeOf(community);
        People.actAs(committee);
        assertThat(agenda.committeeCommunities()).contains(community);

        Long id = agenda.toConsultation(grid, category, week, ZH);

        ConsultationDetails draft = consultations.details(id);
        assertThat(draft.gridIds()).containsExactly(grid);
        assertThat(draft.categoryIds()).containsExactly(category);
        assertThat(draft.description()).contains("当周诉求：6 条").contains("此前 12 周平均每周 0.1 条")
                .contains("判定规则");
        for (Long request : requests) {
            assertThat(draft.description()).contains("/insight/requests/" + request + ")");
        }
        assertThat(jdbc.sql("""
                SELECT request_count FROM insight_agenda_action WHERE target_kind = 'CONSULTATION' AND target_id = :id
                AND grid_id = :g AND category_id = :c AND week_from = :w AND created_by = :by""")
                .param("id", id).param("g", grid).param("c", category).param("w", week).param("by", committee.id())
                .query(Long.class).single()).isEqualTo(6L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_agenda_request r JOIN insight_agenda_action a ON a.id = r.action_id "
                + "WHERE a.target_id = :id AND a.target_kind = 'CONSULTATION'").param("id", id).query(Integer.class).single()).isEqualTo(6);
        assertThat(told(HotspotAgendaNotices.CONSULTATION, "consultations/" + id)).as("nobody before it opens").isEmpty();

        // the committee sets dates that open the proposals now, and publishes
        LocalDateTime now = LocalDateTime.now().withNano(0);
        consultations.update(id, draft.version(), new ConsultationForm(community, draft.title(), draft.description(), false,
                draft.gridIds(), draft.categoryIds(), now.minusMinutes(1), now.plusDays(1), now.plusDays(2), now.plusDays(3), 10));
        consultations.publish(id);
        consultations.closePhaseEarly(id, new ReasonForm("提前结束征集"));

        assertThat(told(HotspotAgendaNotices.CONSULTATION, "consultations/" + id))
                .containsExactlyInAnyOrder(first.id(), second.id(), supporter.id());
    }

    @Test
    void only_the_committee_of_the_hotspots_community_may_put_it_on_the_agenda_and_a_refusal_stores_nothing() {
        People.actAs(people.resident());
        assertThatThrownBy(() -> agenda.toConsultation(grid, category, week, ZH)).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> agenda.toConsultation(grid, category, week, ZH)).isInstanceOf(AccessDeniedException.class);
        long meeting = fixture.meeting(community, MeetingKind.RESIDENTS_MEETING, MeetingStatus.DRAFT, LocalDateTime.now().plusDays(5),
                people.committeeOf(community));
        assertThatThrownBy(() -> agenda.toMeeting(grid, category, week, meeting, ZH)).isInstanceOf(AccessDeniedException.class);
        // the right committee, but not a hotspot week: refused too
        People.actAs(people.committeeOf(community));
        assertThatThrownBy(() -> agenda.toConsultation(grid, category, week.minusWeeks(1), ZH))
                .isInstanceOf(org.gridvoice.shared.validation.InvalidInput.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_agenda_action WHERE grid_id = :g").param("g", grid).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation WHERE community_id = :c").param("c", community).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_agenda_item WHERE meeting_id = :m").param("m", meeting).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void a_meeting_item_carries_the_figures_and_links_and_its_people_hear_once_when_the_meeting_is_published() {
        SignedInUser committee = people.committeeOf(community);
        long meeting = fixture.meeting(community, MeetingKind.RESIDENTS_MEETING, MeetingStatus.DRAFT, LocalDateTime.now().plusDays(5),
                committee);
        fixture.item(meeting, 1, "楼道堆物清理", null, null);
        People.actAs(committee);
        assertThat(agenda.upcomingMeetings(grid)).extracting(m -> m.id()).contains(meeting);

        agenda.toMeeting(grid, category, week, meeting, ZH);

        MeetingDetails details = meetingPages.details(meeting, ZH);
        assertThat(details.items()).hasSize(2);
        var item = details.items().get(1);
        assertThat(item.title()).startsWith("热点：");
        assertThat(item.note()).contains("当周诉求：6 条");
        for (Long request : requests) {
            assertThat(item.note()).contains("/insight/requests/" + request + ")");
        }
        assertThat(told(HotspotAgendaNotices.MEETING, "meetings/" + meeting)).as("nobody before it is published").isEmpty();

        meetings.publish(meeting);
        // a change to the published meeting announces it again: nobody hears twice
        meetings.update(meeting, meetingPages.details(meeting, ZH).form());
        var changed = meetingPages.details(meeting, ZH).form();
        meetings.update(meeting, new org.gridvoice.meeting.MeetingForm(changed.communityId(), changed.kind(), changed.title(),
                changed.description(), changed.startsAt().plusHours(1), null, changed.place(), changed.wholeCommunity(), changed.gridIds(),
                changed.officeIds(), changed.invitedParties(), changed.items()));

        assertThat(told(HotspotAgendaNotices.MEETING, "meetings/" + meeting))
                .containsExactlyInAnyOrder(first.id(), second.id(), supporter.id());
        // added to a meeting that is already published: they hear at once
        long published = fixture.meeting(community, MeetingKind.RESIDENTS_MEETING, MeetingStatus.PUBLISHED,
                LocalDateTime.now().plusDays(6), committee);
        fixture.item(published, 1, "议程", null, null);
        agenda.toMeeting(grid, category, week, published, ZH);
        assertThat(told(HotspotAgendaNotices.MEETING, "meetings/" + published))
                .containsExactlyInAnyOrder(first.id(), second.id(), supporter.id());
    }

    private List<Long> told(String kind, String link) {
        return jdbc.sql("SELECT user_id FROM notification WHERE kind = :k AND link = :l").param("k", kind).param("l", link)
                .query(Long.class).list();
    }

    private long request(SignedInUser author, LocalDateTime at) {
        return jdbc.sql("""
                INSERT INTO request (street_id, community_id, grid_id, category_id, author_id, address, description, filed_at, status,
                    updated_at)
                VALUES (1, :c, :g, :k, :a, '人民路 1 号', '商铺门前车辆违停，占用人行道。', :at, 'NEW', :at) RETURNING id""")
                .param("c", community).param("g", grid).param("k", category).param("a", author.id()).param("at", at)
                .query(Long.class).single();
    }

    private void support(long request, SignedInUser user) {
        jdbc.sql("INSERT INTO request_support (request_id, user_id, at) VALUES (:r, :u, NOW())").param("r", request).param("u", user.id())
                .update();
    }
}
