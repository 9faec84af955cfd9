package org.gridvoice.consultation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRecordRepository extends JpaRepository<ChangeRecord, Long> {
    List<ChangeRecord> findByConsultationIdOrderByChangedAtAscIdAsc(Long consultationId);
}
