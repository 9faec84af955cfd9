package org.gridvoice.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plausible boundaries for demo grids: each community is a block of about 570 m × 440 m of the
 * 新华路 street in Shanghai's 长宁区 (lon/lat), cut into one strip per grid with slightly crooked
 * shared edges, so neighbouring grids tile the block without gaps or overlaps. Stored as the
 * boundary import stores them (a normalised Polygon), with no importer.
 */
@Component
public class DemoBoundaries {

    /** South-west corner of the first demo community, near 新华路 / 番禺路. */
    static final double WEST = 121.4255;
    static final double SOUTH = 31.2025;
    static final double WIDTH = 0.0060;
    static final double HEIGHT = 0.0040;

    private final JdbcClient jdbc;

    DemoBoundaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives every active grid of the community that has no boundary yet its strip of the community's
     * block (blocks of further communities lie east, then south of the first ones, by community id).
     *
     * @return how many grids got one
     */
    @Transactional
    public int drawFor(Long communityId) {
        List<Long> grids = jdbc.sql("SELECT id FROM place_grid WHERE community_id = :c AND retired = FALSE ORDER BY sort_order, id")
                .param("c", communityId).query(Long.class).list();
        if (grids.isEmpty()) {
            return 0;
        }
        long slot = (communityId - 1) % 400;
        double west = WEST + (WIDTH + 0.0005) * (slot % 20);
        double south = SOUTH - (HEIGHT + 0.0005) * (slot / 20);
        int n = grids.size();
        double step = WIDTH / n;
        // each inner edge bends at mid-height by a fixed amount: crooked like real lanes, yet shared by both neighbours
        double[] bend = new double[n + 1];
        for (int i = 1; i < n; i++) {
            bend[i] = (i % 2 == 0 ? -1 : 1) * step * 0.18;
        }
        double middle = south + HEIGHT / 2;
        double north = south + HEIGHT;
        int drawn = 0;
        LocalDateTime now = LocalDateTime.now();
        for (int i = 0; i < n; i++) {
            double x0 = west + step * i;
            double x1 = west + step * (i + 1);
            String ring = String.format(Locale.ROOT, "[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]",
                    x0, south, x1, south, x1 + bend[i + 1], middle, x1, north, x0, north, x0 + bend[i], middle, x0, south);
            drawn += jdbc.sql("""
                    INSERT IGNORE INTO place_grid_boundary (grid_id, geometry, vertices, updated_by, updated_at)
                    VALUES (:g, :geometry, 7, NULL, :at)""")
                    .param("g", grids.get(i)).param("geometry", "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")
                    .param("at", now).update();
        }
        return drawn;
    }
}
