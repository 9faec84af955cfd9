package org.gridvoice.notification.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notifications and follows in plain SQL. Arguments are stored joined by a unit separator. */
@Component
public class NotificationStore {

    public static final String SEPARATOR = "\u001F";

    public record Row(long id, long userId, String kind, String args, String link, LocalDateTime createdAt, LocalDateTime readAt) {

        public String[] argList() {
            return args.isEmpty() ? new String[0] : args.split(SEPARATOR, -1);
        }
    }

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long userId, String kind, List<String> args, String link, boolean mailed, LocalDateTime now) {
        String joined = String.join(SEPARATOR, args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
        jdbc.sql("""
                INSERT INTO notification (user_id, kind, args, link, created_at, mailed) VALUES (:u, :k, :a, :l, :now, :m)""")
                .param("u", userId).param("k", kind).param("a", joined.length() > 1000 ? joined.substring(0, 1000) : joined)
                .param("l", link).param("now", now).param("m", mailed).update();
    }

    /** Who already has a notification of this kind pointing to this page (to tell them of a change, not anew). */
    public java.util.Set<Long> usersNotified(String kind, String link) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT user_id FROM notification WHERE kind = :k AND link = :l")
                .param("k", kind).param("l", link).query(Long.class).list());
    }

    public List<Row> page(long userId, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, user_id, kind, args, link, created_at, read_at FROM notification WHERE user_id = :u
                ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("u", userId).param("limit", limit).param("offset", offset).query(Row.class).list();
    }

    public long count(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u").param("u", userId).query(Long.class).single();
    }

    public long unread(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND read_at IS NULL").param("u", userId)
                .query(Long.class).single();
    }

    public void markRead(long userId, long id, LocalDateTime now) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND user_id = :u AND read_at IS NULL")
                .param("now", now).param("id", id).param("u", userId).update();
    }

    public void markAllRead(long userId, LocalDateTime now) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :u AND read_at IS NULL").param("now", now).param("u", userId).update();
    }

    /** Users with notifications not yet mailed (digest candidates). */
    public List<Long> usersWithUnmailed() {
        return jdbc.sql("SELECT DISTINCT user_id FROM notification WHERE NOT mailed").query(Long.class).list();
    }

    public List<Row> unmailed(long userId) {
        return jdbc.sql("""
                SELECT id, user_id, kind, args, link, created_at, read_at FROM notification WHERE user_id = :u AND NOT mailed
                ORDER BY created_at, id LIMIT 200""").param("u", userId).query(Row.class).list();
    }

    public void markMailed(long userId) {
        jdbc.sql("UPDATE notification SET mailed = TRUE WHERE user_id = :u AND NOT mailed").param("u", userId).update();
    }

    public boolean follow(long consultationId, long userId) {
        return jdbc.sql("INSERT IGNORE INTO notification_follow (consultation_id, user_id) VALUES (:c, :u)")
                .param("c", consultationId).param("u", userId).update() == 1;
    }

    public void unfollow(long consultationId, long userId) {
        jdbc.sql("DELETE FROM notification_follow WHERE consultation_id = :c AND user_id = :u")
                .param("c", consultationId).param("u", userId).update();
    }

    public boolean follows(long consultationId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_follow WHERE consultation_id = :c AND user_id = :u")
                .param("c", consultationId).param("u", userId).query(Long.class).single() > 0;
    }

    public List<Long> followers(long consultationId) {
        return jdbc.sql("SELECT user_id FROM notification_follow WHERE consultation_id = :c").param("c", consultationId)
                .query(Long.class).list();
    }
}
