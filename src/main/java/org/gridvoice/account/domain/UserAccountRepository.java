package org.gridvoice.account.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    Optional<UserAccount> findByPhone(String phone);

    boolean existsByPhone(String phone);

    /** Ends every session of the account at its next request (see UserAccount#endAllSessions). */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update UserAccount u set u.sessionEpoch = u.sessionEpoch + 1 where u.id = :id")
    void endAllSessions(@Param("id") Long id);

    @Query("select u from UserAccount u where :text is null"
            + " or lower(u.email) like lower(concat('%', :text, '%')) or u.displayName like concat('%', :text, '%')")
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);
}
