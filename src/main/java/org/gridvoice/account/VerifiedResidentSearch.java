package org.gridvoice.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds verified residents of a community by name or address, for staff serving residents in person
 * (a paper ballot at the committee office). Bounded: one page of at most {@link #MAX_RESULTS} rows,
 * in SQL. The caller checks the staff member's scope and logs the view ({@link PersonalDataAccessLog}).
 */
@Service
@Transactional(readOnly = true)
public class VerifiedResidentSearch {

    public static final int MAX_RESULTS = 20;

    /** A verified resident and the address the committee approved. */
    public record Match(Long userId, String displayName, Long gridId, String building, String unit, String room) {
    }

    private final JdbcClient jdbc;

    VerifiedResidentSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Residents whose name, building, unit or room contain every word of {@code text} (words split at
     * spaces, "/" and "-", so "3号楼 2单元 101" and "3号楼-101" both work), ordered by address; at most
     * {@code limit} (capped at {@link #MAX_RESULTS}); none for a blank text.
     */
    public List<Match> find(Long communityId, String text, int limit) {
        List<String> words = words(text);
        if (communityId == null || words.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT r.user_id, u.display_name, r.grid_id, r.building, r.unit, r.room FROM account_residency r
                JOIN account_user u ON u.id = r.user_id
                WHERE r.community_id = ? AND r.status = 'APPROVED' AND u.erased_at IS NULL AND u.disabled = FALSE""");
        List<Object> params = new ArrayList<>(List.of(communityId));
        for (String word : words) {
            sql.append(" AND CONCAT_WS(' ', u.display_name, r.building, r.unit, r.room) LIKE ?");
            params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY r.building, r.unit, r.room, u.display_name, r.user_id LIMIT ?");
        params.add(Math.max(1, Math.min(limit, MAX_RESULTS)));
        return jdbc.sql(sql.toString()).params(params).query(Match.class).list();
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s/\\-]+"))
                .filter(w -> !w.isEmpty()).limit(5).toList();
    }
}
