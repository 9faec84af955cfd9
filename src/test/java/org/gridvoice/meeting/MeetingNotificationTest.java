package org.gridvoice.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Residents of a meeting's scope hear it is published (and those outside do not); followers hear of the minutes. */
@GridVoiceTest
class MeetingNotificationTest {

    @Autowired MeetingService meetings;
    @Autowired MeetingResponses responses;
    @Autowired MeetingMinutes minutes;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private int notifications(Long userId, String kind, Long meetingId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = :k AND link = :l")
                .param("u", userId).param("k", kind).param("l", "meetings/" + meetingId).query(Integer.class).single();
    }

    private int await(Long userId, String kind, Long meetingId) throws InterruptedException {
        for (int i = 0; i < 150 && notifications(userId, kind, meetingId) == 0; i++) {
            Thread.sleep(100);
        }
        return notifications(userId, kind, meetingId);
    }

    @Test
    void residents_in_scope_are_told_of_a_published_meeting_and_of_its_change_but_not_those_outside() throws Exception {
        Long otherGrid = jdbc.sql("SELECT id FROM place_grid WHERE community_id = 1 AND id <> 1 ORDER BY id LIMIT 1").query(Long.class).single();
        SignedInUser inScope = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser outside = people.verifiedResidentOf(otherGrid);
        SignedInUser otherCommunity = people.verifiedResidentOf(People.GRID_MEIYUAN_1);
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime start = LocalDateTime.now().plusDays(5).withNano(0);
        MeetingForm form = new MeetingForm(People.COMMUNITY_XINGFULI, MeetingKind.RESIDENTS_MEETING, "一网格居民会议" + System.nanoTime(),
                null, start, null, "一网格活动室", false, Set.of(People.GRID_XINGFULI_1), Set.of(), null,
                List.of(new AgendaItemForm("停车", null, null, null)));
        Long id = meetings.schedule(form);
        meetings.publish(id);

        assertThat(await(inScope.id(), "MEETING_PUBLISHED", id)).isEqualTo(1);
        // the mail is queued with the notification (its delivery is the outbox's, tested there; in a full run
        // other tests' mails may be ahead of it in the queue)
        assertThat(jdbc.sql("SELECT body_text FROM shared_mail_outbox WHERE recipient = :r").param("r", inScope.email())
                .query(String.class).list()).anySatisfy(body -> assertThat(body).contains("一网格活动室"));
        assertThat(notifications(outside.id(), "MEETING_PUBLISHED", id)).isZero();
        assertThat(notifications(otherCommunity.id(), "MEETING_PUBLISHED", id)).isZero();

        // a new time: those told hear of the change, not of a new meeting
        meetings.update(id, new MeetingForm(form.communityId(), form.kind(), form.title(), null, start.plusDays(1), null, form.place(),
                false, form.gridIds(), Set.of(), null, form.items()));
        assertThat(await(inScope.id(), "MEETING_CHANGED", id)).isEqualTo(1);
        assertThat(notifications(inScope.id(), "MEETING_PUBLISHED", id)).isEqualTo(1);
        assertThat(notifications(outside.id(), "MEETING_CHANGED", id)).isZero();
    }

    @Test
    void followers_hear_when_the_minutes_are_published() throws Exception {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        SignedInUser follower = people.resident();
        People.actAs(committee);
        Long id = meetings.schedule(new MeetingForm(People.COMMUNITY_XINGFULI, MeetingKind.CONSULTATION_MEETING, "协商会" + System.nanoTime(),
                null, LocalDateTime.now().plusDays(1), null, "会议室", true, Set.of(), Set.of(), "物业公司", List.of()));
        meetings.publish(id);
        People.actAs(follower);
        responses.follow(id);
        People.actAs(committee);
        minutes.saveDraft(id, new MinutesForm("纪要正文"));
        jdbc.sql("UPDATE meeting SET starts_at = :t WHERE id = :id").param("t", LocalDateTime.now().minusHours(1)).param("id", id).update();
        minutes.publish(id);
        assertThat(await(follower.id(), "MEETING_MINUTES_PUBLISHED", id)).isEqualTo(1);
    }
}
