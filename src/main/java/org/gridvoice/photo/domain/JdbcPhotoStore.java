package org.gridvoice.photo.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridvoice.photo.PhotoLabel;
import org.gridvoice.photo.PhotoOwner;
import org.gridvoice.photo.PhotoSize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Photos in MariaDB: a {@code photo} row and one {@code photo_version} MEDIUMBLOB per size. */
@Repository
class JdbcPhotoStore implements PhotoStore {

    private static final String COLUMNS = "id, owner_kind, owner_id, position, internal, label, uploaded_by, uploaded_at, width, height, sha256";

    private final JdbcClient jdbc;

    JdbcPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long save(NewPhoto photo) {
        var key = new GeneratedKeyHolder();
        PhotoEncoder.Encoded e = photo.encoded();
        jdbc.sql("""
                INSERT INTO photo (uploaded_by, uploaded_at, width, height, sha256)
                VALUES (:by, :at, :w, :h, :sha)""")
                .param("by", photo.uploadedBy()).param("at", photo.uploadedAt())
                .param("w", e.width()).param("h", e.height()).param("sha", photo.sha256())
                .update(key, "id");
        long id = key.getKey().longValue();
        insertVersion(id, PhotoSize.DISPLAY, e.width(), e.height(), e.display());
        insertVersion(id, PhotoSize.THUMB, e.thumbWidth(), e.thumbHeight(), e.thumb());
        return id;
    }

    private void insertVersion(long id, PhotoSize size, int width, int height, byte[] bytes) {
        jdbc.sql("""
                INSERT INTO photo_version (photo_id, size, content_type, width, height, bytes)
                VALUES (:id, :size, 'image/jpeg', :w, :h, :bytes)""")
                .param("id", id).param("size", size.name()).param("w", width).param("h", height).param("bytes", bytes)
                .update();
    }

    @Override
    public Optional<StoredPhoto> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM photo WHERE id = :id").param("id", id).query(JdbcPhotoStore::row).optional();
    }

    @Override
    public List<StoredPhoto> lockForAttach(Collection<Long> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM photo WHERE id IN (:ids) FOR UPDATE").param("ids", ids)
                .query(JdbcPhotoStore::row).list();
    }

    @Override
    public void attach(List<Long> ids, PhotoOwner owner, boolean internal, PhotoLabel label) {
        int last = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM photo WHERE owner_kind = :k AND owner_id = :o")
                .param("k", owner.kind()).param("o", owner.id()).query(Integer.class).single();
        for (Long id : ids) {
            jdbc.sql("""
                    UPDATE photo SET owner_kind = :k, owner_id = :o, position = :p, internal = :i, label = :l
                    WHERE id = :id AND owner_kind IS NULL""")
                    .param("k", owner.kind()).param("o", owner.id()).param("p", ++last).param("i", internal)
                    .param("l", label.name()).param("id", id).update();
        }
    }

    @Override
    public List<StoredPhoto> ofOwners(String kind, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM photo WHERE owner_kind = :k AND owner_id IN (:o) ORDER BY owner_id, position, id")
                .param("k", kind).param("o", ownerIds).query(JdbcPhotoStore::row).list();
    }

    @Override
    public Optional<byte[]> bytes(long id, PhotoSize size) {
        return jdbc.sql("SELECT bytes FROM photo_version WHERE photo_id = :id AND size = :s")
                .param("id", id).param("s", size.name()).query(byte[].class).optional();
    }

    @Override
    @Transactional
    public int deletePendingUploadedBefore(LocalDateTime cutoff) {
        return jdbc.sql("DELETE FROM photo WHERE owner_kind IS NULL AND uploaded_at < :cutoff").param("cutoff", cutoff).update();
    }

    private static StoredPhoto row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredPhoto(rs.getLong("id"), rs.getString("owner_kind"), rs.getObject("owner_id", Long.class),
                rs.getObject("position", Integer.class), rs.getBoolean("internal"), rs.getString("label"),
                rs.getObject("uploaded_by", Long.class), rs.getObject("uploaded_at", LocalDateTime.class),
                rs.getInt("width"), rs.getInt("height"), rs.getString("sha256"));
    }
}
