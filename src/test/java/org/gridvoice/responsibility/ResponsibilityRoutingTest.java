package org.gridvoice.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The routing rules of the responsibility list, table-driven: the most specific entry in force
 * wins (grid, community, street), the street's default office takes what matches nothing and is
 * flagged, and a change routes from its effective date while the old version stays on record.
 * Uses the category “其他” (other), which the demo list leaves to the default office.
 */
@GridVoiceTest
class ResponsibilityRoutingTest {

    private static final long XINGFULI_STATION = 1L;
    private static final long MEIYUAN_STATION = 2L;
    private static final long CHENGGUAN = 3L;
    private static final long CENTRE = 4L;

    @Autowired ResponsibilityService responsibilities;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private long other;
    private LocalDateTime now;

    @BeforeEach
    void admin() {
        other = jdbc.sql("SELECT id FROM place_category WHERE code = 'other'").query(Long.class).single();
        now = LocalDateTime.now();
        People.actAs(people.admin());
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private ResponsibilityForm entry(PlaceLevel level, long place, long office, LocalDateTime from) {
        return new ResponsibilityForm(other, level, place, office, Set.of(), 24, 10, "测试依据 " + level + " " + place, from);
    }

    record Case(long gridId, long expectedOffice, boolean fallback) {
    }

    private void expect(List<Case> table, LocalDateTime at) {
        for (Case c : table) {
            Routing routing = responsibilities.route(other, c.gridId(), at);
            assertThat(routing.officeId()).as("grid " + c.gridId() + " at " + at).isEqualTo(c.expectedOffice());
            assertThat(routing.fallback()).as("grid " + c.gridId() + " fallback").isEqualTo(c.fallback());
        }
    }

    @Test
    void the_most_specific_entry_in_force_routes_and_the_default_office_takes_the_rest() {
        // nothing for “other” yet: every grid goes to the street's default office, flagged
        expect(List.of(new Case(1, CENTRE, true), new Case(4, CENTRE, true)), now);

        responsibilities.save(null, entry(PlaceLevel.STREET, 1, CHENGGUAN, now));
        Long meiyuan = responsibilities.save(null, entry(PlaceLevel.COMMUNITY, 2, MEIYUAN_STATION, now));
        responsibilities.save(null, entry(PlaceLevel.GRID, 6, XINGFULI_STATION, now));
        LocalDateTime later = now.plusMinutes(1);
        expect(List.of(
                new Case(1, CHENGGUAN, false),          // 幸福里 grid 1: only the street entry
                new Case(3, CHENGGUAN, false),          // 幸福里 grid 3: the same
                new Case(4, MEIYUAN_STATION, false),    // 梅园 grid 1: the community beats the street
                new Case(5, MEIYUAN_STATION, false),
                new Case(6, XINGFULI_STATION, false)),  // 梅园 grid 3: the grid beats the community
                later);

        // a change effective tomorrow: today still the old version, tomorrow the new; both kept
        responsibilities.save(meiyuan, new ResponsibilityForm(other, PlaceLevel.COMMUNITY, 2L, CHENGGUAN, Set.of(XINGFULI_STATION), 12, 5,
                "新的职责分工", now.plusDays(1)));
        expect(List.of(new Case(4, MEIYUAN_STATION, false)), later);
        expect(List.of(new Case(4, CHENGGUAN, false), new Case(6, XINGFULI_STATION, false)), now.plusDays(1).plusMinutes(1));
        Routing tomorrow = responsibilities.route(other, 4L, now.plusDays(1).plusMinutes(1));
        assertThat(tomorrow.coOfficeIds()).containsExactly(XINGFULI_STATION);
        assertThat(tomorrow.responseHours()).isEqualTo(12);
        List<Responsibility> history = responsibilities.history(meiyuan);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).effectiveTo()).isEqualTo(history.getFirst().effectiveFrom());

        // retiring the street entry sends 幸福里 back to the default office
        Long street = responsibilities.current("", org.springframework.data.domain.PageRequest.of(0, 100)).stream()
                .filter(d -> d.categoryId() == other && d.level() == PlaceLevel.STREET).findFirst().orElseThrow().entryId();
        responsibilities.retire(street, now.plusMinutes(2));
        expect(List.of(new Case(1, CENTRE, true)), now.plusMinutes(3));
    }

    @Test
    void bad_entries_are_refused_and_change_nothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM responsibility_version").query(Long.class).single();
        assertThatThrownBy(() -> responsibilities.save(null, entry(PlaceLevel.GRID, 2, CHENGGUAN, now.minusDays(1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.past");
        assertThatThrownBy(() -> responsibilities.save(null, new ResponsibilityForm(other, PlaceLevel.GRID, 2L, CHENGGUAN, Set.of(), 24, 10, " ", now)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> responsibilities.save(null, entry(PlaceLevel.GRID, 999, CHENGGUAN, now)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.place");
        assertThatThrownBy(() -> responsibilities.save(null, entry(PlaceLevel.GRID, 2, 999, now)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("responsibility.error.office");
        responsibilities.save(null, entry(PlaceLevel.GRID, 2, CHENGGUAN, now));
        assertThatThrownBy(() -> responsibilities.save(null, entry(PlaceLevel.GRID, 2, XINGFULI_STATION, now.plusHours(1))))
                .as("a second entry for the same category and place").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("responsibility.error.duplicate-entry");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM responsibility_version").query(Long.class).single()).isEqualTo(before + 1);

        People.actAs(people.create(org.gridvoice.account.Role.OFFICE_LEAD, CHENGGUAN));
        assertThatThrownBy(() -> responsibilities.save(null, entry(PlaceLevel.GRID, 3, CHENGGUAN, now)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_search_finds_entries_where_the_office_only_co_handles() {
        People.signOut();
        assertThat(responsibilities.current("幸福里网格站", org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
                .as("the street department leads 市政设施 with the grid station as co-office")
                .anySatisfy(d -> {
                    assertThat(d.categoryZh()).isEqualTo("市政设施");
                    assertThat(d.coOffices()).contains("幸福里网格站");
                });
    }

    @Test
    void every_word_of_the_search_may_match_a_different_thing_the_list_shows() {
        People.signOut();
        var page = org.springframework.data.domain.PageRequest.of(0, 50);
        assertThat(responsibilities.current("市政 城管科", page).getContent()).extracting(Responsibility::categoryZh).containsOnly("市政设施");
        assertThat(responsibilities.current("Municipal 照明", page).getContent()).extracting(Responsibility::categoryZh).containsOnly("市政设施");
        assertThat(responsibilities.current("facilities 幸福里网格站", page).getContent()).extracting(Responsibility::categoryZh)
                .containsOnly("市政设施");
        assertThat(responsibilities.current("市政 梅园网格站", page).getContent()).isEmpty();
    }

    @Test
    void the_public_list_is_searchable_in_both_languages() {
        People.signOut();
        assertThat(responsibilities.current("环境卫生", org.springframework.data.domain.PageRequest.of(0, 20)).getContent())
                .extracting(Responsibility::leadOffice).contains("幸福里网格站", "梅园网格站");
        assertThat(responsibilities.current("parking", org.springframework.data.domain.PageRequest.of(0, 20)).getContent())
                .extracting(Responsibility::categoryEn).containsOnly("Parking and traffic");
        assertThat(responsibilities.current("消防条例", org.springframework.data.domain.PageRequest.of(0, 20)).getContent())
                .extracting(Responsibility::leadOffice).containsExactly("新华路街道城管科");
    }
}
