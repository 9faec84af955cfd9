package org.gridvoice.open311.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridvoice.open311.ApiClient;
import org.gridvoice.open311.Open311ClientSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The API clients' table: keys by their SHA-256 only. */
@Component
public class Open311Clients {

    private static final String SUMMARY = """
            SELECT c.id, c.name, s.name AS street_name, s.code AS street_code, g.name AS grid_name, c.key_prefix, c.created_at, c.revoked_at
            FROM open311_client c JOIN place_street s ON s.id = c.street_id JOIN place_grid g ON g.id = c.grid_id""";

    private final JdbcClient jdbc;

    Open311Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a client for the grid (its street found through the grid's community); empty when the grid is unknown or retired. */
    public Optional<Long> insert(String name, long gridId, String keyPrefix, String keyHash, long by, LocalDateTime at) {
        return jdbc.sql("""
                INSERT INTO open311_client (name, street_id, grid_id, key_prefix, key_hash, created_by, created_at)
                SELECT :name, m.street_id, g.id, :prefix, :hash, :by, :at
                FROM place_grid g JOIN place_community m ON m.id = g.community_id
                WHERE g.id = :grid AND g.retired = FALSE
                RETURNING id""")
                .param("name", name).param("grid", gridId).param("prefix", keyPrefix).param("hash", keyHash)
                .param("by", by).param("at", at).query(Long.class).optional();
    }

    public Optional<Open311ClientSummary> summary(long id) {
        return jdbc.sql(SUMMARY + " WHERE c.id = :id").param("id", id).query(Open311ClientSummary.class).optional();
    }

    /** Newest first, one page. */
    public List<Open311ClientSummary> page(int limit, long offset) {
        return jdbc.sql(SUMMARY + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(Open311ClientSummary.class).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM open311_client").query(Long.class).single();
    }

    /** Revokes a key that is not revoked yet; false when there is no such active key. */
    public boolean revoke(long id, long by, LocalDateTime at) {
        return jdbc.sql("UPDATE open311_client SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("by", by).param("at", at).update() == 1;
    }

    /** The active client holding the key with this hash. */
    public Optional<ApiClient> active(String keyHash) {
        return jdbc.sql("SELECT id, name, street_id, grid_id FROM open311_client WHERE key_hash = :hash AND revoked_at IS NULL")
                .param("hash", keyHash).query(ApiClient.class).optional();
    }
}
