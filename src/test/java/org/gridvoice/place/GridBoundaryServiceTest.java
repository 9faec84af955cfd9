package org.gridvoice.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GridVoiceTest
class GridBoundaryServiceTest {

    static final String SQUARE = "[[121.43,31.20],[121.44,31.20],[121.44,31.21],[121.43,31.21],[121.43,31.20]]";
    static final String POLYGON = "{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}";

    @Autowired GridBoundaryService boundaries;
    @Autowired PlaceService places;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    StreetSummary street;
    CommunitySummary community;
    GridSummary grid;
    org.gridvoice.account.SignedInUser admin;

    @BeforeEach
    void newGrid() {
        admin = people.admin();
        People.actAs(admin);
        street = places.saveStreet(null, new StreetForm("边界街道" + System.nanoTime()));
        community = places.saveCommunity(null, new CommunityForm(street.id(), "边界社区", null));
        grid = places.saveGrid(null, new GridForm(community.id(), "第一网格", null));
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private String stored() {
        return jdbc.sql("SELECT geometry FROM place_grid_boundary WHERE grid_id = :g").param("g", grid.id()).query(String.class)
                .optional().orElse(null);
    }

    private void refused(String geojson, String key, Object... args) {
        assertThatThrownBy(() -> boundaries.importBoundary(grid.id(), geojson))
                .as(key).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.concerns("geojson", key)).as(e.getMessage()).isTrue();
                    if (args.length > 0) {
                        assertThat(e.problems().getFirst().args()).containsExactly(args);
                    }
                });
        assertThat(stored()).as("nothing stored after " + key).isNull();
    }

    @Test
    void each_bad_file_is_refused_with_its_message_and_nothing_is_stored() {
        refused("", "boundary.error.empty");
        refused("{\"type\": \"Polygon\", ", "boundary.error.not-json");
        refused("not json at all", "boundary.error.not-json");
        refused("{\"type\":\"Point\",\"coordinates\":[121.4,31.2]}", "boundary.error.wrong-type");
        refused("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}}",
                "boundary.error.wrong-type");
        refused("{\"type\":\"FeatureCollection\",\"features\":[]}", "boundary.error.feature-count", 0);
        refused("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + POLYGON + "},"
                + "{\"type\":\"Feature\",\"geometry\":" + POLYGON + "}]}", "boundary.error.feature-count", 2);
        refused("{\"type\":\"Polygon\",\"coordinates\":[]}", "boundary.error.empty");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[]]}", "boundary.error.empty");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[121.43,31.20],[121.44,31.20],[121.43,31.20]]]}", "boundary.error.ring-too-short");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[121.43,31.20],[121.44,31.20],[121.44,31.21],[121.43,31.21]]]}",
                "boundary.error.ring-not-closed");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[121.43,31.20],[\"a\",31.20],[121.44,31.21],[121.43,31.20]]]}",
                "boundary.error.bad-position");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[181,31.20],[121.44,31.20],[121.44,31.21],[181,31.20]]]}",
                "boundary.error.out-of-range", "181", "31.2");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[121.43,91],[121.44,31.20],[121.44,31.21],[121.43,91]]]}",
                "boundary.error.out-of-range", "121.43", "91");
        refused("{\"type\":\"Polygon\",\"coordinates\":[" + ring(GridBoundaryService.MAX_VERTICES + 1) + "]}",
                "boundary.error.too-many-vertices", GridBoundaryService.MAX_VERTICES);
        refused(POLYGON + " ".repeat(GridBoundaryService.MAX_KILOBYTES * 1024), "boundary.error.too-large",
                GridBoundaryService.MAX_KILOBYTES);
    }

    /** A closed ring of {@code n} positions around a circle. */
    private static String ring(int n) {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < n - 1; i++) {
            double a = 2 * Math.PI * i / (n - 1);
            ring.append(String.format(java.util.Locale.ROOT, "[%.6f,%.6f],", 121.43 + 0.01 * Math.cos(a), 31.2 + 0.01 * Math.sin(a)));
        }
        return ring.append("[121.44,31.2]]").toString();
    }

    @Test
    void a_feature_collection_is_imported_as_its_geometry_alone_then_replaced_then_removed() {
        boundaries.importBoundary(grid.id(), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"grid\"},\"geometry\":" + POLYGON + "}]}");
        assertThat(stored()).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[121.43,31.2],[121.44,31.2],[121.44,31.21],"
                + "[121.43,31.21],[121.43,31.2]]]}");
        assertThat(boundaries.boundariesOf(List.of(grid.id()))).containsKey(grid.id());
        Long by = jdbc.sql("SELECT updated_by FROM place_grid_boundary WHERE grid_id = :g").param("g", grid.id()).query(Long.class).single();
        assertThat(by).isEqualTo(admin.id());

        String multi = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[["
                + "[121.45,31.20],[121.46,31.20],[121.46,31.21],[121.45,31.20]]]]}}";
        GridBoundaryService.BoundaryInfo info = boundaries.importBoundary(grid.id(), multi);
        assertThat(info.vertices()).isEqualTo(9);
        assertThat(stored()).startsWith("{\"type\":\"MultiPolygon\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM place_grid_boundary WHERE grid_id = :g").param("g", grid.id()).query(Long.class).single())
                .isEqualTo(1);

        boundaries.removeBoundary(grid.id());
        assertThat(stored()).isNull();
        assertThat(boundaries.boundariesOf(List.of(grid.id()))).isEmpty();
    }

    @Test
    void residents_and_visitors_cannot_import_or_remove_a_boundary_but_anyone_reads_them() {
        boundaries.importBoundary(grid.id(), POLYGON);
        People.actAs(people.resident());
        assertThatThrownBy(() -> boundaries.importBoundary(grid.id(), POLYGON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boundaries.removeBoundary(grid.id())).isInstanceOf(AccessDeniedException.class);
        People.signOut();
        assertThatThrownBy(() -> boundaries.removeBoundary(grid.id())).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(stored()).isNotNull();
        assertThat(boundaries.communityBoundaries(community.id())).contains(grid.id().toString());
    }

    @Test
    void the_street_and_community_reads_are_feature_collections_named_by_grid_id() {
        GridSummary second = places.saveGrid(null, new GridForm(community.id(), "第二网格", null));
        GridSummary bare = places.saveGrid(null, new GridForm(community.id(), "第三网格", null));
        boundaries.importBoundary(grid.id(), POLYGON);
        boundaries.importBoundary(second.id(), "{\"type\":\"Feature\",\"geometry\":" + POLYGON + "}");
        People.signOut();

        JsonNode street = new JsonMapper().readTree(boundaries.streetBoundaries(this.street.id()));
        assertThat(street.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(street.path("features")).hasSize(2);
        JsonNode first = street.path("features").get(0);
        assertThat(first.path("properties").path("name").asString()).isEqualTo(grid.id().toString());
        assertThat(first.path("properties").path("id").asString()).isEqualTo(grid.id().toString());
        assertThat(first.path("properties").path("gridName").asString()).isEqualTo("第一网格");
        assertThat(first.path("properties").path("communityName").asString()).isEqualTo("边界社区");
        assertThat(first.path("geometry").path("type").asString()).isEqualTo("Polygon");
        assertThat(street.path("features").get(1).path("properties").path("gridName").asString()).isEqualTo("第二网格");
        assertThat(boundaries.communityBoundaries(community.id())).doesNotContain("\"" + bare.id() + "\"");
        assertThat(new JsonMapper().readTree(boundaries.communityBoundaries(999_999L)).path("features")).isEmpty();
    }
}
