package org.gridvoice.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@GridVoiceTest
class PlaceServicesTest {

    @Autowired PlaceService places;
    @Autowired OfficeService offices;
    @Autowired CategoryService categories;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void admin_builds_a_street_with_a_community_and_a_grid() {
        People.actAs(people.admin());
        StreetSummary street = places.saveStreet(null, new StreetForm("测试街道" + System.nanoTime()));
        CommunitySummary community = places.saveCommunity(null, new CommunityForm(street.id(), "和平社区", "和平路 1 号"));
        GridSummary grid = places.saveGrid(null, new GridForm(community.id(), "第一网格", null));

        assertThat(places.activeGridsOf(community.id())).extracting(GridSummary::name).containsExactly("第一网格");
        assertThat(grid.fullName()).isEqualTo("和平社区 · 第一网格");
        assertThat(places.community(community.id())).get().extracting(CommunitySummary::streetName).isEqualTo(street.name());
    }

    @Test
    void empty_overlong_and_duplicate_names_are_refused_and_nothing_is_stored() {
        People.actAs(people.admin());
        long before = count("place_street");
        assertThatThrownBy(() -> places.saveStreet(null, new StreetForm("  ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("name", "validation.required")).isTrue());
        assertThatThrownBy(() -> places.saveStreet(null, new StreetForm("街".repeat(10_000))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("name", "validation.too-long")).isTrue());
        assertThatThrownBy(() -> places.saveStreet(null, new StreetForm("新华路街道")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("name", "place.error.duplicate-name")).isTrue());
        assertThat(count("place_street")).isEqualTo(before);
    }

    @Test
    void a_grid_of_an_unknown_community_is_refused() {
        People.actAs(people.admin());
        assertThatThrownBy(() -> places.saveGrid(null, new GridForm(999_999L, "孤岛网格", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("communityId", "place.error.community-unknown")).isTrue());
    }

    @Test
    void a_retired_grid_is_no_longer_offered_but_still_exists() {
        People.actAs(people.admin());
        GridSummary grid = places.saveGrid(null, new GridForm(People.COMMUNITY_MEIYUAN, "临时网格" + System.nanoTime(), null));
        places.setGridRetired(grid.id(), true);

        assertThat(places.activeGridsOf(People.COMMUNITY_MEIYUAN)).extracting(GridSummary::id).doesNotContain(grid.id());
        assertThat(places.grid(grid.id())).get().extracting(GridSummary::retired).isEqualTo(true);
        places.setGridRetired(grid.id(), false);
        assertThat(places.activeGridsOf(People.COMMUNITY_MEIYUAN)).extracting(GridSummary::id).contains(grid.id());
    }

    @Test
    void residents_and_visitors_cannot_change_places_offices_or_categories() {
        People.actAs(people.resident());
        assertThatThrownBy(() -> places.saveStreet(null, new StreetForm("越权街道"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.setGridRetired(1L, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offices.setRetired(1L, true)).isInstanceOf(AccessDeniedException.class);
        People.signOut();
        assertThatThrownBy(() -> categories.save(null, new CategoryForm("x", "某", "Some", 1)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(places.grid(1L)).get().extracting(GridSummary::retired).isEqualTo(false);
    }

    @Test
    void a_grid_station_must_serve_at_least_one_grid_but_a_street_department_need_not() {
        People.actAs(people.admin());
        assertThatThrownBy(() -> offices.save(null, new OfficeForm(1L, "空网格站", OfficeKind.GRID_STATION, null, Set.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("gridIds", "place.error.station-needs-grid")).isTrue());
        OfficeSummary department = offices.save(null, new OfficeForm(1L, "民政科" + System.nanoTime(), OfficeKind.STREET_DEPARTMENT,
                "021-1234 5678", Set.of()));
        assertThat(offices.office(department.id())).get().extracting(OfficeSummary::kind).isEqualTo(OfficeKind.STREET_DEPARTMENT);
        assertThatThrownBy(() -> offices.save(null, new OfficeForm(1L, "电话错", OfficeKind.STREET_DEPARTMENT, "call me", Set.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("phone", "validation.phone")).isTrue());
    }

    @Test
    void the_office_list_shows_the_grids_each_office_serves() {
        var page = offices.offices(Pageable.ofSize(20));
        assertThat(page.getContent()).filteredOn(o -> o.name().equals("幸福里网格站"))
                .singleElement().extracting(OfficeSummary::gridIds).isEqualTo(Set.of(1L, 2L, 3L));
    }

    @Test
    void a_code_typed_with_capitals_and_spaces_is_refused_with_a_suggested_code_and_nothing_is_stored() {
        People.actAs(people.admin());
        String nameEn = "Waste Sorting " + System.nanoTime();
        assertThatThrownBy(() -> categories.save(null, new CategoryForm("Waste Sorting", "垃圾分类", nameEn, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("code", "place.error.code-format")).isTrue();
                    assertThat(e.problems().getFirst().args()).containsExactly("waste-sorting");
                });
        assertThat(categories.activeCategories()).noneMatch(c -> c.nameEn().equals(nameEn));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM place_category WHERE code IN ('asteorting', 'Waste Sorting')").query(Long.class).single())
                .isZero();
    }

    @Test
    void grids_are_listed_in_the_natural_order_of_their_names_not_string_order() {
        People.actAs(people.admin());
        StreetSummary street = places.saveStreet(null, new StreetForm("排序街道" + System.nanoTime()));
        CommunitySummary community = places.saveCommunity(null, new CommunityForm(street.id(), "排序社区", null));
        for (String name : new String[] {"第一网格", "第三网格", "第十一网格", "第二网格", "第十网格", "10号网格", "2号网格"}) {
            places.saveGrid(null, new GridForm(community.id(), name, null));
        }
        assertThat(places.activeGridsOf(community.id())).extracting(GridSummary::name)
                .containsExactly("2号网格", "10号网格", "第一网格", "第二网格", "第三网格", "第十网格", "第十一网格");
        assertThat(places.activeGrids()).filteredOn(g -> g.communityId().equals(community.id())).extracting(GridSummary::name)
                .containsExactly("2号网格", "10号网格", "第一网格", "第二网格", "第三网格", "第十网格", "第十一网格");
        assertThat(places.grids(Pageable.ofSize(500)).getContent()).filteredOn(g -> g.communityId().equals(community.id()))
                .extracting(GridSummary::name)
                .containsExactly("2号网格", "10号网格", "第一网格", "第二网格", "第三网格", "第十网格", "第十一网格");
    }

    @Test
    void the_sort_number_an_administrator_sets_comes_before_the_name_and_is_kept_when_a_form_leaves_it_out() {
        People.actAs(people.admin());
        StreetSummary street = places.saveStreet(null, new StreetForm("序号街道" + System.nanoTime()));
        CommunitySummary community = places.saveCommunity(null, new CommunityForm(street.id(), "序号社区", null));
        GridSummary first = places.saveGrid(null, new GridForm(community.id(), "第一网格", null, 20));
        places.saveGrid(null, new GridForm(community.id(), "第二网格", null, 10));
        places.saveGrid(null, new GridForm(community.id(), "第三网格", null));
        assertThat(places.activeGridsOf(community.id())).extracting(GridSummary::name).containsExactly("第三网格", "第二网格", "第一网格");

        places.saveGrid(first.id(), new GridForm(community.id(), "第一网格", "改了说明"));
        assertThat(places.grid(first.id())).get().extracting(GridSummary::sortOrder).isEqualTo(20);
        assertThatThrownBy(() -> places.saveGrid(first.id(), new GridForm(community.id(), "第一网格", null, -1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("sortOrder", "validation.min")).isTrue());

        places.saveCommunity(community.id(), new CommunityForm(street.id(), "序号社区", null, 0));
        CommunitySummary early = places.saveCommunity(null, new CommunityForm(street.id(), "甲社区", null, -0));
        assertThat(places.activeCommunities()).filteredOn(c -> c.streetId().equals(street.id())).extracting(CommunitySummary::name)
                .containsExactly("甲社区", "序号社区");
        OfficeSummary office = offices.save(null, new OfficeForm(street.id(), "排序办" + System.nanoTime(), OfficeKind.STREET_DEPARTMENT,
                null, Set.of(), 9999));
        assertThat(offices.activeOffices().getLast()).isEqualTo(office);
        assertThat(early.sortOrder()).isZero();
    }

    @Test
    void category_codes_are_checked_for_format_and_uniqueness() {
        People.actAs(people.admin());
        assertThatThrownBy(() -> categories.save(null, new CategoryForm("Has Space", "某", "Some", 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("code", "place.error.code-format")).isTrue());
        assertThatThrownBy(() -> categories.save(null, new CategoryForm("environment", "环境", "Env", 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns("code", "place.error.duplicate-code")).isTrue());
        CategorySummary greening = categories.save(null, new CategoryForm("greening-" + System.nanoTime() % 100000, "绿化", "Greening", 15));
        assertThat(categories.activeCategories()).extracting(CategorySummary::id).contains(greening.id());
        categories.setRetired(greening.id(), true);
        assertThat(categories.activeCategories()).extracting(CategorySummary::id).doesNotContain(greening.id());
    }
}
