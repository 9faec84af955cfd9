package org.gridvoice.moderation.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moderation items, flags and the log, in plain SQL: counts and uniqueness are the database's job. */
@Component
public class ModerationStore {

    public record Item(long id, String targetType, long targetId, long communityId, long authorId, ModerationStatus status,
                       int openFlags, LocalDateTime updatedAt) {
    }

    public record Flag(long itemId, long flaggedBy, FlagReason reason, String note, LocalDateTime createdAt) {
    }

    public record LogRow(String targetType, long targetId, String action, String reason, Long actorId, LocalDateTime actedAt) {
    }

    private final JdbcClient jdbc;

    ModerationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item of this content, created on first use and locked for the rest of the transaction. */
    public Item lockItem(String type, long id, long communityId, long authorId, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO moderation_item (target_type, target_id, community_id, author_id, status, open_flags, updated_at)
                VALUES (:t, :i, :c, :a, 'FLAGGED', 0, :now) ON DUPLICATE KEY UPDATE id = id""")
                .param("t", type).param("i", id).param("c", communityId).param("a", authorId).param("now", now).update();
        return jdbc.sql("SELECT * FROM moderation_item WHERE target_type = :t AND target_id = :i FOR UPDATE")
                .param("t", type).param("i", id).query(Item.class).single();
    }

    public Optional<Item> find(String type, long id) {
        return jdbc.sql("SELECT * FROM moderation_item WHERE target_type = :t AND target_id = :i")
                .param("t", type).param("i", id).query(Item.class).optional();
    }

    /** Adds the user's flag; false if they had flagged this content already. */
    public boolean addFlag(long itemId, long userId, FlagReason reason, String note, LocalDateTime now) {
        return jdbc.sql("""
                INSERT IGNORE INTO moderation_flag (item_id, flagged_by, reason, note, created_at) VALUES (:i, :u, :r, :n, :now)""")
                .param("i", itemId).param("u", userId).param("r", reason.name()).param("n", note).param("now", now).update() == 1;
    }

    public void update(long itemId, ModerationStatus status, int openFlags, LocalDateTime now) {
        jdbc.sql("UPDATE moderation_item SET status = :s, open_flags = :f, updated_at = :now, version = version + 1 WHERE id = :i")
                .param("s", status.name()).param("f", openFlags).param("now", now).param("i", itemId).update();
    }

    /** Closes the item's open flags: they have been answered by a decision. */
    public void closeFlags(long itemId) {
        jdbc.sql("UPDATE moderation_flag SET open = FALSE WHERE item_id = :i AND open").param("i", itemId).update();
    }

    public void log(long communityId, String type, long id, String action, String reason, Long actorId, LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO moderation_log (community_id, target_type, target_id, action, reason, actor_id, acted_at)
                VALUES (:c, :t, :i, :a, :r, :actor, :now)""")
                .param("c", communityId).param("t", type).param("i", id).param("a", action).param("r", reason)
                .param("actor", actorId).param("now", now).update();
    }

    public List<Item> queue(Collection<Long> communityIds, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM moderation_item WHERE community_id IN (:c) AND status IN ('FLAGGED', 'HIDDEN_PENDING')
                ORDER BY status DESC, updated_at, id LIMIT :limit OFFSET :offset""")
                .param("c", communityIds).param("limit", limit).param("offset", offset).query(Item.class).list();
    }

    public long queueSize(Collection<Long> communityIds) {
        return jdbc.sql("SELECT COUNT(*) FROM moderation_item WHERE community_id IN (:c) AND status IN ('FLAGGED', 'HIDDEN_PENDING')")
                .param("c", communityIds).query(Long.class).single();
    }

    public List<Flag> openFlags(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of()
                : jdbc.sql("SELECT item_id, flagged_by, reason, note, created_at FROM moderation_flag WHERE item_id IN (:i) AND open ORDER BY id")
                        .param("i", itemIds).query(Flag.class).list();
    }

    /** Which of these items of one type the user has reported (open or answered). */
    public List<Long> reportedBy(long userId, String type, Collection<Long> targetIds) {
        return targetIds.isEmpty() ? List.of() : jdbc.sql("""
                SELECT i.target_id FROM moderation_item i JOIN moderation_flag f ON f.item_id = i.id
                WHERE f.flagged_by = :u AND i.target_type = :t AND i.target_id IN (:ids)""")
                .param("u", userId).param("t", type).param("ids", targetIds).query(Long.class).list();
    }

    public List<LogRow> log(long communityId, int offset, int limit) {
        return jdbc.sql("""
                SELECT target_type, target_id, action, reason, actor_id, acted_at FROM moderation_log
                WHERE community_id = :c ORDER BY acted_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("c", communityId).param("limit", limit).param("offset", offset).query(LogRow.class).list();
    }

    public long logSize(long communityId) {
        return jdbc.sql("SELECT COUNT(*) FROM moderation_log WHERE community_id = :c").param("c", communityId).query(Long.class).single();
    }
}
