package org.gridvoice.place;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The boundary of each grid, as GeoJSON, for the demand-insight map. Anyone may read them; only
 * administrators import, replace or remove one. An import is checked whole before anything is stored,
 * and what is stored is the geometry alone, rebuilt from the checked numbers (no foreign members, no
 * properties), so the map can hand it to ECharts as it is.
 */
@Service
@Transactional(readOnly = true)
public class GridBoundaryService {

    /** Largest file accepted, in kilobytes: a grid of a few blocks needs far less, even traced by hand. */
    public static final int MAX_KILOBYTES = 256;
    /** Most positions in one boundary: the map draws every one on a phone. */
    public static final int MAX_VERTICES = 5000;

    private static final JsonMapper JSON = new JsonMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JdbcClient jdbc;

    GridBoundaryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The grids among {@code gridIds} that have a boundary, with when it was last imported. */
    public Map<Long, BoundaryInfo> boundariesOf(Collection<Long> gridIds) {
        if (gridIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT grid_id, vertices, updated_at FROM place_grid_boundary WHERE grid_id IN (:ids)")
                .param("ids", gridIds).query(BoundaryInfo.class).list().stream()
                .collect(Collectors.toMap(BoundaryInfo::gridId, Function.identity()));
    }

    /** The boundaries of a street's active grids as one GeoJSON FeatureCollection (see {@link #featureCollection}). */
    public String streetBoundaries(Long streetId) {
        return featureCollection("c.street_id = :id", streetId);
    }

    /** The boundaries of a community's active grids as one GeoJSON FeatureCollection (see {@link #featureCollection}). */
    public String communityBoundaries(Long communityId) {
        return featureCollection("g.community_id = :id", communityId);
    }

    /**
     * One feature per grid with a boundary; its properties: {@code name} and {@code id}, both the grid id
     * as a string (ECharts names regions by {@code name}), {@code gridName} and {@code communityName}.
     */
    private String featureCollection(String where, Long id) {
        record Row(Long gridId, String gridName, String communityName, String geometry) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT b.grid_id, g.name AS grid_name, c.name AS community_name, b.geometry
                FROM place_grid_boundary b JOIN place_grid g ON g.id = b.grid_id JOIN place_community c ON c.id = g.community_id
                WHERE g.retired = FALSE AND """ + " " + where + " ORDER BY c.sort_order, c.id, g.sort_order, g.id")
                .param("id", id).query(Row.class).list();
        ObjectNode collection = NODES.objectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Row row : rows) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("name", row.gridId().toString()).put("id", row.gridId().toString())
                    .put("gridName", row.gridName()).put("communityName", row.communityName());
            feature.set("geometry", JSON.readTree(row.geometry()));
        }
        return JSON.writeValueAsString(collection);
    }

    /**
     * Imports the boundary of a grid, replacing the one it had. Accepts a Polygon or MultiPolygon
     * geometry, a Feature with one, or a FeatureCollection holding exactly one such feature.
     *
     * @throws InvalidInput (field {@code geojson}) for anything else; nothing is stored then
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BoundaryInfo importBoundary(Long gridId, String geojson) {
        if (gridId == null || jdbc.sql("SELECT COUNT(*) FROM place_grid WHERE id = :id").param("id", gridId).query(Long.class).single() == 0) {
            throw PlaceService.notFound();
        }
        Checked checked = check(geojson);
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("""
                INSERT INTO place_grid_boundary (grid_id, geometry, vertices, updated_by, updated_at) VALUES (:grid, :geometry, :vertices, :by, :at)
                ON DUPLICATE KEY UPDATE geometry = VALUES(geometry), vertices = VALUES(vertices), updated_by = VALUES(updated_by),
                    updated_at = VALUES(updated_at)""")
                .param("grid", gridId).param("geometry", checked.geometry()).param("vertices", checked.vertices())
                .param("by", currentUserId()).param("at", now).update();
        return new BoundaryInfo(gridId, checked.vertices(), now);
    }

    /** Removes a grid's boundary; the map then leaves the grid out. Nothing happens when it had none. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeBoundary(Long gridId) {
        jdbc.sql("DELETE FROM place_grid_boundary WHERE grid_id = :id").param("id", gridId).update();
    }

    record Checked(String geometry, int vertices) {
    }

    /** Checks GeoJSON text and returns its geometry, normalised; package-visible for the tests of each rule. */
    static Checked check(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            throw problem("boundary.error.empty");
        }
        if (geojson.getBytes(StandardCharsets.UTF_8).length > MAX_KILOBYTES * 1024) {
            throw problem("boundary.error.too-large", MAX_KILOBYTES);
        }
        JsonNode root;
        try {
            root = JSON.readTree(geojson);
        } catch (JacksonException e) {
            throw problem("boundary.error.not-json");
        }
        JsonNode geometry = geometryOf(root);
        String type = geometry.path("type").asString("");
        List<JsonNode> polygons = new ArrayList<>();
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw problem("boundary.error.empty");
        }
        if ("Polygon".equals(type)) {
            polygons.add(coordinates);
        } else {
            coordinates.forEach(polygons::add);
        }
        int[] vertices = {0};
        ArrayNode normalisedPolygons = NODES.arrayNode();
        for (JsonNode polygon : polygons) {
            if (!polygon.isArray() || polygon.isEmpty()) {
                throw problem("boundary.error.empty");
            }
            ArrayNode rings = normalisedPolygons.addArray();
            for (JsonNode ring : polygon) {
                rings.add(ring(ring, vertices));
            }
        }
        ObjectNode normalised = NODES.objectNode().put("type", type);
        normalised.set("coordinates", "Polygon".equals(type) ? normalisedPolygons.get(0) : normalisedPolygons);
        return new Checked(JSON.writeValueAsString(normalised), vertices[0]);
    }

    private static JsonNode geometryOf(JsonNode root) {
        String type = root.path("type").asString("");
        return switch (type) {
            case "Polygon", "MultiPolygon" -> root;
            case "Feature" -> {
                JsonNode geometry = root.path("geometry");
                if (!polygonal(geometry)) {
                    throw problem("boundary.error.wrong-type");
                }
                yield geometry;
            }
            case "FeatureCollection" -> {
                List<JsonNode> found = new ArrayList<>();
                root.path("features").forEach(f -> {
                    if (polygonal(f.path("geometry"))) {
                        found.add(f.path("geometry"));
                    }
                });
                if (found.size() != 1) {
                    throw problem("boundary.error.feature-count", found.size());
                }
                yield found.get(0);
            }
            default -> throw problem("boundary.error.wrong-type");
        };
    }

    private static boolean polygonal(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        return "Polygon".equals(type) || "MultiPolygon".equals(type);
    }

    /** A linear ring: at least four positions, the last equal to the first, every one in range. */
    private static ArrayNode ring(JsonNode ring, int[] vertices) {
        if (!ring.isArray() || ring.isEmpty()) {
            throw problem("boundary.error.empty");
        }
        if (ring.size() < 4) {
            throw problem("boundary.error.ring-too-short");
        }
        ArrayNode out = NODES.arrayNode();
        double[] first = null;
        double[] last = null;
        for (JsonNode position : ring) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw problem("boundary.error.bad-position");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90 || Double.isNaN(lon) || Double.isNaN(lat)) {
                throw problem("boundary.error.out-of-range", position.get(0).asString(), position.get(1).asString());
            }
            if (++vertices[0] > MAX_VERTICES) {
                throw problem("boundary.error.too-many-vertices", MAX_VERTICES);
            }
            last = new double[] {round(lon), round(lat)};
            if (first == null) {
                first = last;
            }
            out.addArray().add(last[0]).add(last[1]);
        }
        if (first[0] != last[0] || first[1] != last[1]) {
            throw problem("boundary.error.ring-not-closed");
        }
        return out;
    }

    /** Seven decimals are about a centimetre: more is noise from the tool that drew it. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static InvalidInput problem(String key, Object... args) {
        return InvalidInput.of("geojson", key, args);
    }

    /** The administrator's account id, found by user name in SQL: the place module sits below accounts. */
    private Long currentUserId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        String name = auth.getName();
        if (name.startsWith("user#")) {
            return Long.valueOf(name.substring(5));
        }
        return jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", name).query(Long.class).optional().orElse(null);
    }

    /** A grid's boundary at a glance: how many positions it has and when it was last imported. */
    public record BoundaryInfo(Long gridId, int vertices, LocalDateTime updatedAt) {
    }
}
