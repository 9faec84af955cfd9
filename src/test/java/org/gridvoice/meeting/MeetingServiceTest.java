package org.gridvoice.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridvoice.account.ReasonForm;
import org.gridvoice.account.SignedInUser;
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
 * Scheduling, publishing and minuting a meeting through the real services: what the committee may do,
 * what residents see and answer, who is told, and refusals that store nothing.
 */
@GridVoiceTest
class MeetingServiceTest {

    @Autowired MeetingService meetings;
    @Autowired MeetingPages pages;
    @Autowired MeetingResponses responses;
    @Autowired MeetingMinutes minutes;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private SignedInUser committee;
    private long proposalOfXingfuli;
    private long proposalOfMeiyuan;

    @BeforeEach
    void committee() {
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        proposalOfXingfuli = proposalOf(People.COMMUNITY_XINGFULI);
        proposalOfMeiyuan = proposalIn(People.COMMUNITY_MEIYUAN, People.GRID_MEIYUAN_1);
        People.actAs(committee);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private long proposalOf(long community) {
        return jdbc.sql("""
                SELECT p.id FROM proposal p JOIN consultation c ON c.id = p.consultation_id
                WHERE c.community_id = :c AND c.status <> 'DRAFT' ORDER BY p.id LIMIT 1""").param("c", community).query(Long.class).single();
    }

    /** A published consultation of the community with one proposal, as fixtures. */
    private long proposalIn(long community, long grid) {
        Long author = people.verifiedResidentOf(grid).id();
        Long consultation = jdbc.sql("""
                INSERT INTO consultation (community_id, title, description, whole_community, endorsement_threshold, status,
                    proposals_open_at, proposals_close_at, voting_open_at, voting_close_at, announced_phase, created_by, created_at, published_at)
                VALUES (:c, '梅园议题', '说明', TRUE, 3, 'PUBLISHED', NOW() - INTERVAL 1 DAY, NOW() + INTERVAL 10 DAY,
                    NOW() + INTERVAL 12 DAY, NOW() + INTERVAL 20 DAY, 'PROPOSALS', :a, NOW(), NOW()) RETURNING id""")
                .param("c", community).param("a", author).query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO proposal (consultation_id, author_id, title, body, category_id, grid_id, status, qualified, endorsement_count,
                    created_at, author_shown)
                VALUES (:c, :a, '梅园的提案', '正文', (SELECT MIN(id) FROM place_category), :g, 'OPEN', FALSE, 0, NOW(), TRUE) RETURNING id""")
                .param("c", consultation).param("a", author).param("g", grid).query(Long.class).single();
    }

    private MeetingForm form(String title, LocalDateTime startsAt, boolean whole, Set<Long> grids, List<AgendaItemForm> items) {
        return new MeetingForm(People.COMMUNITY_XINGFULI, MeetingKind.RESIDENTS_MEETING, title, "**议题**说明", startsAt,
                startsAt.plusHours(2), "社区活动室", whole, grids, Set.of(), "物业公司", items);
    }

    private MeetingForm twoItems(String title) {
        return form(title, LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES), true, Set.of(), List.of(
                new AgendaItemForm("加装电梯", "说明", "PROPOSAL", proposalOfXingfuli),
                new AgendaItemForm("其他事项", null, null, null)));
    }

    private int meetingRows() {
        return jdbc.sql("SELECT COUNT(*) FROM meeting").query(Integer.class).single();
    }

    @Test
    void the_committee_schedules_and_publishes_a_meeting_that_everyone_then_reads() {
        Long id = meetings.schedule(twoItems("居民会议" + System.nanoTime()));
        People.signOut();
        assertThatThrownBy(() -> pages.details(id, Locale.ROOT)).isInstanceOf(InvalidInput.class);

        People.actAs(committee);
        meetings.publish(id);
        People.signOut();
        MeetingDetails page = pages.details(id, Locale.ROOT);
        assertThat(page.status()).isEqualTo(MeetingStatus.PUBLISHED);
        assertThat(page.items()).extracting(AgendaItem::title).containsExactly("加装电梯", "其他事项");
        assertThat(page.items().getFirst().linkRoute()).isEqualTo("proposals/" + proposalOfXingfuli);
        assertThat(page.items().getFirst().linkTitle()).isNotBlank();
        assertThat(page.descriptionHtml()).contains("<strong>议题</strong>");
        assertThat(page.signedIn()).isNull();
        assertThat(pages.list(new MeetingFilter(true, People.COMMUNITY_XINGFULI), PageRequest.of(0, 100)).getContent())
                .extracting(MeetingSummary::id).contains(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE kind = 'MEETING_PUBLISHED' AND object_id = :id")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_meeting_scheduled_in_the_past_is_refused_and_nothing_is_stored() {
        int before = meetingRows();
        MeetingForm past = form("过去的会议", LocalDateTime.now().minusHours(1), true, Set.of(), List.of());
        assertThatThrownBy(() -> meetings.schedule(past))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("startsAt", "meeting.error.past")).isTrue());
        assertThat(meetingRows()).isEqualTo(before);

        Long id = meetings.schedule(twoItems("草稿" + System.nanoTime()));
        jdbc.sql("UPDATE meeting SET starts_at = :t WHERE id = :id").param("t", LocalDateTime.now().minusMinutes(5)).param("id", id).update();
        assertThatThrownBy(() -> meetings.publish(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("startsAt", "meeting.error.past")).isTrue());
        assertThat(pages.header(id).status()).isEqualTo(MeetingStatus.DRAFT);
    }

    @Test
    void an_item_linking_another_communitys_proposal_or_nothing_is_refused() {
        int before = meetingRows();
        LocalDateTime start = LocalDateTime.now().plusDays(2);
        assertThatThrownBy(() -> meetings.schedule(form("别的社区", start, true, Set.of(),
                List.of(new AgendaItemForm("梅园的提案", null, "PROPOSAL", proposalOfMeiyuan)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("items", "meeting.error.link-other-community")).isTrue());
        assertThatThrownBy(() -> meetings.schedule(form("不存在", start, true, Set.of(),
                List.of(new AgendaItemForm("没有的提案", null, "PROPOSAL", 987_654_321L)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("items", "meeting.error.link-missing")).isTrue());
        assertThat(meetingRows()).isEqualTo(before);
    }

    @Test
    void only_the_committee_of_the_community_schedules() {
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> meetings.schedule(twoItems("越权"))).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> meetings.schedule(twoItems("居民"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_verified_residents_in_scope_answer_and_the_counts_are_public() {
        Long grid2 = jdbc.sql("SELECT id FROM place_grid WHERE community_id = 1 AND id <> 1 ORDER BY id LIMIT 1").query(Long.class).single();
        Long id = meetings.schedule(form("网格会议" + System.nanoTime(), LocalDateTime.now().plusDays(2), false, Set.of(People.GRID_XINGFULI_1),
                List.of(new AgendaItemForm("楼道", null, null, null))));
        meetings.publish(id);
        SignedInUser inScope = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        SignedInUser otherGrid = people.verifiedResidentOf(grid2);
        SignedInUser unverified = people.resident();

        People.actAs(inScope);
        responses.answer(id, RsvpAnswer.MAYBE);
        responses.answer(id, RsvpAnswer.YES);
        People.actAs(otherGrid);
        assertThatThrownBy(() -> responses.answer(id, RsvpAnswer.YES))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "meeting.error.not-in-scope")).isTrue());
        People.actAs(unverified);
        assertThatThrownBy(() -> responses.answer(id, RsvpAnswer.NO)).isInstanceOf(InvalidInput.class);
        People.signOut();
        MeetingDetails page = pages.details(id, Locale.ROOT);
        assertThat(page.answers(RsvpAnswer.YES)).isEqualTo(1);
        assertThat(page.answers(RsvpAnswer.NO)).isZero();
        assertThat(page.answers(RsvpAnswer.MAYBE)).isZero();
        assertThat(pages.residentsInScope(id)).contains(inScope.id()).doesNotContain(otherGrid.id(), unverified.id());
    }

    @Test
    void minutes_are_published_once_after_the_meeting_then_only_a_correction_is_added() {
        Long id = meetings.schedule(twoItems("纪要" + System.nanoTime()));
        meetings.publish(id);
        minutes.saveDraft(id, new MinutesForm("# 纪要\n\n会议决定加装电梯。<script>alert(1)</script>"));
        assertThatThrownBy(() -> minutes.publish(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "meeting.error.not-started")).isTrue());

        jdbc.sql("UPDATE meeting SET starts_at = :t WHERE id = :id").param("t", LocalDateTime.now().minusHours(2)).param("id", id).update();
        minutes.publish(id);
        People.signOut();
        MeetingDetails page = pages.details(id, Locale.ROOT);
        assertThat(page.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(page.minutesHtml()).contains("会议决定加装电梯").doesNotContain("<script>");
        assertThat(page.signedIn()).isZero();

        People.actAs(committee);
        assertThatThrownBy(() -> minutes.saveDraft(id, new MinutesForm("改写的纪要")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("markdown", "meeting.error.minutes-published")).isTrue());
        assertThatThrownBy(() -> jdbc.sql("UPDATE meeting SET minutes_markdown = 'x' WHERE id = :id").param("id", id).update())
                .hasMessageContaining("immutable");
        assertThat(jdbc.sql("SELECT minutes_markdown FROM meeting WHERE id = :id").param("id", id).query(String.class).single())
                .contains("会议决定加装电梯");
        assertThatThrownBy(() -> meetings.cancel(id, new ReasonForm("晚了"))).isInstanceOf(InvalidInput.class);

        minutes.correct(id, new MinutesForm("更正：到会人数应为 30 人。"));
        assertThat(pages.details(id, Locale.ROOT).corrections()).singleElement()
                .satisfies(c -> assertThat(c.noteHtml()).contains("到会人数应为 30 人"));
        assertThat(jdbc.sql("SELECT payload FROM audit_entry WHERE kind = 'MEETING_MINUTES_PUBLISHED' AND object_id = :id")
                .param("id", id).query(String.class).single()).startsWith("sha256 ").doesNotContain("纪要");
    }

    @Test
    void a_cancelled_meeting_shows_its_public_reason_and_takes_no_answers() {
        Long id = meetings.schedule(twoItems("取消" + System.nanoTime()));
        meetings.publish(id);
        meetings.cancel(id, new ReasonForm("场地临时维修"));
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(resident);
        assertThatThrownBy(() -> responses.answer(id, RsvpAnswer.YES)).isInstanceOf(InvalidInput.class);
        MeetingDetails page = pages.details(id, Locale.ROOT);
        assertThat(page.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(page.cancelReason()).isEqualTo("场地临时维修");
        assertThat(pages.list(new MeetingFilter(false, People.COMMUNITY_XINGFULI), PageRequest.of(0, 200)).getContent())
                .extracting(MeetingSummary::id).contains(id);
    }
}
