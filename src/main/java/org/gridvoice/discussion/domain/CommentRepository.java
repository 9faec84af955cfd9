package org.gridvoice.discussion.domain;

import org.gridvoice.discussion.Stance;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    long countByTargetTypeAndTargetIdAndDepth(String targetType, Long targetId, int depth);


    List<Comment> findByTargetTypeAndTargetIdAndStanceAndHiddenFalseAndDeletedAtIsNull(String targetType, Long targetId, Stance stance,
                                                                                      org.springframework.data.domain.Pageable pageable);

    @Query("select c.stance, count(c) from Comment c where c.targetType = :type and c.targetId = :id"
            + " and c.stance is not null and c.deletedAt is null and c.hidden = false group by c.stance")
    List<Object[]> stanceCounts(String type, Long id);

    List<Comment> findByAuthorIdAndTargetType(Long authorId, String targetType);

    /** Marks a comment as entered for its author by a staff member (代录), once the author attested it. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "UPDATE discussion_comment SET entered_by = :staff WHERE id = :id", nativeQuery = true)
    void markEnteredBy(@org.springframework.data.repository.query.Param("id") Long id,
                       @org.springframework.data.repository.query.Param("staff") Long staffId);
}
