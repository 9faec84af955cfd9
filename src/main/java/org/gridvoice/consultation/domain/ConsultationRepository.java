package org.gridvoice.consultation.domain;

import java.util.Collection;
import java.util.List;
import org.gridvoice.consultation.Phase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ConsultationRepository extends JpaRepository<Consultation, Long>, JpaSpecificationExecutor<Consultation> {

    Page<Consultation> findByStatusAndCommunityIdIn(Consultation.Status status, Collection<Long> communityIds, Pageable pageable);

    /** Published consultations not yet announced as closed: the ones whose phase the clock may still move. */
    List<Consultation> findByStatusAndAnnouncedPhaseNot(Consultation.Status status, Phase phase);
}
