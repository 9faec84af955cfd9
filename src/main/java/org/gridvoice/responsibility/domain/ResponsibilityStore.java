package org.gridvoice.responsibility.domain;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridvoice.responsibility.PlaceLevel;
import org.gridvoice.responsibility.ResponsibilityForm;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of the responsibility list's entries. A version is never changed except to end it:
 * a change inserts a new version and ends the ones it replaces, so every case's version stays on record.
 */
@Repository
public class ResponsibilityStore {

    /** One stored version, ids only. */
    public record Version(long id, long entryId, long streetId, long categoryId, PlaceLevel placeLevel, long placeId, long leadOfficeId,
                          int responseHours, int resolutionDays, String basis, LocalDateTime effectiveFrom, LocalDateTime effectiveTo,
                          long changedBy, LocalDateTime changedAt) {
    }

    /** One word of a search: the versions whose basis contains {@code like}, or whose category, office or place is among the ids. */
    public record SearchTerm(String like, Set<Long> categories, Set<Long> offices, Set<Long> grids, Set<Long> communities,
                             Set<Long> streets) {
    }

    private static final String IN_FORCE = "effective_from <= :now AND (effective_to IS NULL OR effective_to > :now)";

    private final JdbcClient jdbc;

    ResponsibilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The versions in force at {@code now} that match every term, paged in SQL, by category and then most specific place first. */
    public Page<Version> inForce(LocalDateTime now, List<SearchTerm> terms, Pageable pageable) {
        StringBuilder where = new StringBuilder(IN_FORCE);
        Map<String, Object> params = new HashMap<>(Map.of("now", now));
        for (int n = 0; n < terms.size(); n++) {
            SearchTerm term = terms.get(n);
            where.append(" AND (basis LIKE :like").append(n).append(" ESCAPE '\\\\' OR category_id IN (:cats").append(n)
                    .append(") OR lead_office_id IN (:offs").append(n)
                    .append(") OR id IN (SELECT version_id FROM responsibility_co_office WHERE office_id IN (:offs").append(n)
                    .append(")) OR (place_level = 'GRID' AND place_id IN (:grids").append(n)
                    .append(")) OR (place_level = 'COMMUNITY' AND place_id IN (:communities").append(n)
                    .append(")) OR (place_level = 'STREET' AND place_id IN (:streets").append(n).append(")))");
            params.put("like" + n, term.like());
            params.put("cats" + n, orNone(term.categories()));
            params.put("offs" + n, orNone(term.offices()));
            params.put("grids" + n, orNone(term.grids()));
            params.put("communities" + n, orNone(term.communities()));
            params.put("streets" + n, orNone(term.streets()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM responsibility_version WHERE " + where).params(params).query(Long.class).single();
        List<Version> rows = jdbc.sql("SELECT * FROM responsibility_version WHERE " + where
                        + " ORDER BY category_id, FIELD(place_level, 'GRID', 'COMMUNITY', 'STREET'), place_id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query(Version.class).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every version of one entry, newest first. */
    public List<Version> history(long entryId) {
        return jdbc.sql("SELECT * FROM responsibility_version WHERE entry_id = :e ORDER BY effective_from DESC, id DESC")
                .param("e", entryId).query(Version.class).list();
    }

    public Optional<Version> version(long id) {
        return jdbc.sql("SELECT * FROM responsibility_version WHERE id = :id").param("id", id).query(Version.class).optional();
    }

    /** The most specific version in force at {@code at} for the category at a grid, its community or its street. */
    public Optional<Version> match(long categoryId, long gridId, long communityId, long streetId, LocalDateTime at) {
        return jdbc.sql("""
                SELECT * FROM responsibility_version WHERE category_id = :c AND effective_from <= :now
                  AND (effective_to IS NULL OR effective_to > :now)
                  AND ((place_level = 'GRID' AND place_id = :g) OR (place_level = 'COMMUNITY' AND place_id = :m)
                       OR (place_level = 'STREET' AND place_id = :s))
                ORDER BY FIELD(place_level, 'GRID', 'COMMUNITY', 'STREET') LIMIT 1""")
                .param("c", categoryId).param("now", at).param("g", gridId).param("m", communityId).param("s", streetId)
                .query(Version.class).optional();
    }

    /** Another entry for the same category and place that is in force at {@code from} or later, if any. */
    public Optional<Long> clashingEntry(long categoryId, PlaceLevel level, long placeId, LocalDateTime from, Long entryId) {
        return jdbc.sql("""
                SELECT entry_id FROM responsibility_version WHERE category_id = :c AND place_level = :l AND place_id = :p
                  AND (effective_to IS NULL OR effective_to > :from) AND (:entry IS NULL OR entry_id <> :entry) LIMIT 1""")
                .param("c", categoryId).param("l", level.name()).param("p", placeId).param("from", from).param("entry", entryId)
                .query(Long.class).optional();
    }

    public boolean exists(long entryId) {
        return jdbc.sql("SELECT COUNT(*) FROM responsibility_version WHERE entry_id = :e").param("e", entryId).query(Integer.class).single() > 0;
    }

    /** Ends the entry's versions still in force or to come at {@code at}; returns how many it ended. */
    public int end(long entryId, LocalDateTime at) {
        return jdbc.sql("""
                UPDATE responsibility_version SET effective_to = GREATEST(effective_from, :at)
                WHERE entry_id = :e AND (effective_to IS NULL OR effective_to > :at)""").param("at", at).param("e", entryId).update();
    }

    /** Stores a version of the entry ({@code entryId} null: of a new entry, whose id becomes this version's); returns the version id. */
    public long insert(Long entryId, long streetId, ResponsibilityForm form, Set<Long> coOffices, long changedBy, LocalDateTime now) {
        long id = jdbc.sql("""
                INSERT INTO responsibility_version (entry_id, street_id, category_id, place_level, place_id, lead_office_id, response_hours,
                    resolution_days, basis, effective_from, changed_by, changed_at)
                VALUES (COALESCE(:entry, 0), :street, :c, :l, :p, :lead, :rh, :rd, :basis, :from, :by, :now) RETURNING id""")
                .param("entry", entryId).param("street", streetId).param("c", form.categoryId()).param("l", form.level().name())
                .param("p", form.placeId()).param("lead", form.leadOfficeId()).param("rh", form.responseHours())
                .param("rd", form.resolutionDays()).param("basis", form.basis().strip()).param("from", form.effectiveFrom())
                .param("by", changedBy).param("now", now).query(Long.class).single();
        if (entryId == null) {
            jdbc.sql("UPDATE responsibility_version SET entry_id = id WHERE id = :id").param("id", id).update();
        }
        for (Long office : coOffices) {
            jdbc.sql("INSERT INTO responsibility_co_office (version_id, office_id) VALUES (:v, :o)").param("v", id).param("o", office).update();
        }
        return id;
    }

    /** The co-handling offices of each version. */
    public Map<Long, Set<Long>> coOffices(List<Long> versionIds) {
        Map<Long, Set<Long>> co = new HashMap<>();
        if (!versionIds.isEmpty()) {
            jdbc.sql("SELECT version_id, office_id FROM responsibility_co_office WHERE version_id IN (:ids)").param("ids", versionIds)
                    .query((rs, n) -> co.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2))).list();
        }
        return co;
    }

    /** {-1} for no ids, so that an IN list stays valid and matches nothing. */
    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
