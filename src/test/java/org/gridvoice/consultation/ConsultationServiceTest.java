package org.gridvoice.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@GridVoiceTest
@RecordApplicationEvents
class ConsultationServiceTest {

    @Autowired ConsultationService consultations;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private SignedInUser committee;
    private final LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void signIn() {
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private ConsultationForm form(String title, LocalDateTime open) {
        return new ConsultationForm(People.COMMUNITY_XINGFULI, title, "## 背景\n\n| 楼栋 | 问题 |\n|---|---|\n| 3号楼 | 积水 |",
                false, Set.of(1L, 2L), Set.of(categoryId("environment")), open, open.plusDays(14), open.plusDays(21),
                open.plusDays(28), 5);
    }

    private long categoryId(String code) {
        return jdbc.sql("SELECT id FROM place_category WHERE code = :c").param("c", code).query(Long.class).single();
    }

    private Long publishedInProposals(String title) {
        Long id = consultations.create(form(title, now.minusHours(1)));
        consultations.publish(id);
        return id;
    }

    @Test
    void a_draft_is_seen_only_by_its_committee_until_it_is_published() {
        String title = "楼道堆物清理" + System.nanoTime();
        Long id = consultations.create(form(title, now.minusHours(1)));
        assertThat(consultations.details(id).phase()).isEqualTo(Phase.DRAFT);
        assertThat(consultations.list(new ConsultationFilter(null, null, null, title), PageRequest.of(0, 10))).isEmpty();

        People.actAs(people.resident());
        assertThatThrownBy(() -> consultations.details(id))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "consultation.error.not-found")).isTrue());

        People.actAs(committee);
        consultations.publish(id);
        People.signOut();
        assertThat(consultations.list(new ConsultationFilter(null, null, null, title), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(s -> {
                    assertThat(s.phase()).isEqualTo(Phase.PROPOSALS);
                    assertThat(s.communityName()).isEqualTo("幸福里社区");
                });
        ConsultationDetails details = consultations.details(id);
        assertThat(details.descriptionHtml()).contains("<table>", "<td>3号楼</td>");
        assertThat(details.gridNames()).containsExactly("第一网格", "第二网格");
        assertThat(details.editable()).isFalse();
        assertThat(consultations.changes(id)).extracting(ConsultationChange::kind).containsExactly("CREATED", "PUBLISHED", "PHASE_CHANGED");
        assertThat(events.stream(ConsultationPhaseChanged.class)).anyMatch(e -> e.consultationId().equals(id) && e.to() == Phase.PROPOSALS);
    }

    @Test
    void only_committee_members_of_the_community_open_or_run_its_consultations() {
        Long id = consultations.create(form("公共绿地改造" + System.nanoTime(), now.plusDays(1)));
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> consultations.create(form("越界议题", now.plusDays(1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.publish(id)).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.resident());
        assertThatThrownBy(() -> consultations.create(form("居民自建", now.plusDays(1)))).isInstanceOf(AccessDeniedException.class);
        People.actAs(committee);
        assertThat(consultations.details(id).phase()).isEqualTo(Phase.DRAFT);
    }

    @Test
    void bad_scope_categories_or_dates_are_refused_and_nothing_is_stored() {
        long before = jdbc.sql("SELECT COUNT(*) FROM consultation").query(Long.class).single();
        ConsultationForm good = form("非法议题", now.plusDays(1));
        assertThatThrownBy(() -> consultations.create(new ConsultationForm(good.communityId(), good.title(), good.description(), false,
                Set.of(4L), good.categoryIds(), good.proposalsOpenAt(), good.proposalsCloseAt(), good.votingOpenAt(),
                good.votingCloseAt(), 5)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("gridIds", "consultation.error.grid-outside")).isTrue());
        assertThatThrownBy(() -> consultations.create(new ConsultationForm(good.communityId(), good.title(), good.description(), true,
                Set.of(), Set.of(), good.proposalsOpenAt(), good.proposalsCloseAt(), good.votingOpenAt(), good.votingCloseAt(), 5)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("categoryIds", "consultation.error.no-category")).isTrue());
        assertThatThrownBy(() -> consultations.create(new ConsultationForm(good.communityId(), good.title(), good.description(), true,
                Set.of(), good.categoryIds(), good.proposalsOpenAt(), good.proposalsOpenAt().minusDays(1), good.votingOpenAt(),
                good.votingCloseAt(), 5)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("votingCloseAt", "consultation.error.dates-order")).isTrue());
        assertThatThrownBy(() -> consultations.create(new ConsultationForm(good.communityId(), "题".repeat(121), "", true,
                Set.of(), good.categoryIds(), good.proposalsOpenAt(), good.proposalsCloseAt(), good.votingOpenAt(), good.votingCloseAt(), 0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("title", "validation.too-long")).isTrue();
                    assertThat(e.concerns("description", "validation.required")).isTrue();
                    assertThat(e.concerns("endorsementThreshold", "validation.min")).isTrue();
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void once_published_dates_only_move_forward_scope_is_fixed_and_every_move_is_recorded() {
        Long id = publishedInProposals("加装电梯" + System.nanoTime());
        ConsultationDetails d = consultations.details(id);
        ConsultationForm f = form(d.title(), d.dates().proposalsOpenAt());

        assertThatThrownBy(() -> consultations.update(id, d.version(), new ConsultationForm(f.communityId(), f.title(), f.description(),
                false, f.gridIds(), f.categoryIds(), f.proposalsOpenAt(), f.proposalsCloseAt().minusDays(1), f.votingOpenAt(),
                f.votingCloseAt(), 5)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("proposalsCloseAt", "consultation.error.date-backwards")).isTrue());
        assertThatThrownBy(() -> consultations.update(id, d.version(), new ConsultationForm(f.communityId(), f.title(), f.description(),
                true, Set.of(), f.categoryIds(), f.proposalsOpenAt(), f.proposalsCloseAt(), f.votingOpenAt(), f.votingCloseAt(), 5)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "consultation.error.scope-locked")).isTrue());
        assertThatThrownBy(() -> consultations.update(id, d.version(), new ConsultationForm(f.communityId(), f.title(), f.description(),
                false, f.gridIds(), f.categoryIds(), f.proposalsOpenAt().plusMinutes(10), f.proposalsCloseAt(), f.votingOpenAt(),
                f.votingCloseAt(), 5)))
                .as("proposals opened already").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.concerns("proposalsOpenAt", "consultation.error.date-passed")).isTrue());

        consultations.update(id, d.version(), new ConsultationForm(f.communityId(), f.title(), f.description(), false, f.gridIds(),
                f.categoryIds(), f.proposalsOpenAt(), f.proposalsCloseAt().plusDays(3), f.votingOpenAt().plusDays(3),
                f.votingCloseAt().plusDays(3), 5));
        assertThat(consultations.details(id).dates().proposalsCloseAt()).isEqualTo(f.proposalsCloseAt().plusDays(3));
        assertThat(consultations.changes(id)).filteredOn(c -> c.kind().equals("DATES_MOVED")).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("proposalsCloseAt", "votingCloseAt"));
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_instead_of_overwriting() {
        Long id = consultations.create(form("旧版本" + System.nanoTime(), now.plusDays(1)));
        long version = consultations.details(id).version();
        ConsultationForm f = form("第一位编辑", now.plusDays(1));
        consultations.update(id, version, f);
        assertThatThrownBy(() -> consultations.update(id, version, form("第二位编辑", now.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "consultation.error.stale")).isTrue());
        assertThat(consultations.details(id).title()).isEqualTo("第一位编辑");
    }

    @Test
    void the_committee_closes_a_phase_early_with_a_public_reason() {
        Long id = publishedInProposals("提前结束" + System.nanoTime());
        assertThatThrownBy(() -> consultations.closePhaseEarly(id, new ReasonForm(" ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("reason", "validation.required")).isTrue());
        assertThat(consultations.details(id).phase()).isEqualTo(Phase.PROPOSALS);

        consultations.closePhaseEarly(id, new ReasonForm("提案已足够，提前进入讨论"));
        assertThat(consultations.details(id).phase()).isEqualTo(Phase.DELIBERATION);
        assertThat(consultations.changes(id)).filteredOn(c -> c.kind().equals("PHASE_CLOSED_EARLY")).singleElement()
                .satisfies(c -> {
                    assertThat(c.reason()).isEqualTo("提案已足够，提前进入讨论");
                    assertThat(c.byName()).isEqualTo(committee.displayName());
                });
        consultations.closePhaseEarly(id, new ReasonForm("讨论充分"));
        assertThat(consultations.scopeOf(id).phase()).isEqualTo(Phase.VOTING);
    }

    @Test
    void the_clock_moves_consultations_into_their_next_phase_once() {
        Long id = publishedInProposals("时钟推进" + System.nanoTime());
        jdbc.sql("UPDATE consultation SET proposals_close_at = :t WHERE id = :id").param("t", now.minusMinutes(1)).param("id", id).update();

        consultations.advancePhases();
        consultations.advancePhases();

        assertThat(consultations.details(id).phase()).isEqualTo(Phase.DELIBERATION);
        assertThat(consultations.changes(id)).filteredOn(c -> c.kind().equals("PHASE_CHANGED")).extracting(ConsultationChange::detail)
                .containsExactly("PROPOSALS", "DELIBERATION");
        assertThat(events.stream(ConsultationPhaseChanged.class).filter(e -> e.consultationId().equals(id) && e.to() == Phase.DELIBERATION))
                .hasSize(1);
    }

    @Test
    void the_public_list_filters_by_phase_category_community_and_chinese_text_in_the_database() {
        String marker = "垃圾分类" + System.nanoTime();
        Long inProposals = publishedInProposals(marker + "试点");
        Long upcoming = consultations.create(form(marker + "宣传", now.plusDays(2)));
        consultations.publish(upcoming);
        People.signOut();

        assertThat(consultations.list(new ConsultationFilter(null, null, null, marker.substring(1, 4)), PageRequest.of(0, 50)).getContent())
                .extracting(ConsultationSummary::id).contains(inProposals, upcoming);
        assertThat(consultations.list(new ConsultationFilter(null, Phase.UPCOMING, null, marker), PageRequest.of(0, 10)).getContent())
                .extracting(ConsultationSummary::id).containsExactly(upcoming);
        assertThat(consultations.list(new ConsultationFilter(People.COMMUNITY_MEIYUAN, null, null, marker), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(consultations.list(new ConsultationFilter(null, null, categoryId("parking"), marker), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(consultations.list(new ConsultationFilter(null, null, categoryId("environment"), marker), PageRequest.of(0, 10)))
                .hasSize(2);
    }

    @Test
    void the_demo_consultation_is_open_for_proposals_in_two_grids() {
        People.signOut();
        var demo = consultations.list(new ConsultationFilter(People.COMMUNITY_XINGFULI, Phase.PROPOSALS, null, "冬季"), PageRequest.of(0, 5))
                .getContent();
        assertThat(demo).extracting(ConsultationSummary::title).contains("2026 年冬季楼道与停车环境整治");
        ConsultationScope scope = consultations.scopeOf(demo.getFirst().id());
        assertThat(scope.gridIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(scope.covers(3L, People.COMMUNITY_XINGFULI)).isFalse();
    }
}
