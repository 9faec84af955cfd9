package org.gridvoice.proposal.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProposalRepository extends JpaRepository<Proposal, Long>, JpaSpecificationExecutor<Proposal> {

    @org.springframework.data.jpa.repository.Query("select p.id from Proposal p where p.authorId = :authorId")
    List<Long> findIdsByAuthorId(@org.springframework.data.repository.query.Param("authorId") Long authorId);
}
