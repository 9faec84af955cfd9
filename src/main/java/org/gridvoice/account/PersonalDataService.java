package org.gridvoice.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.domain.AccountErasure;
import org.gridvoice.account.domain.DataAccessQueries;
import org.gridvoice.account.domain.UserAccount;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.shared.SqlLike;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal-data rights (PIPL): a user downloads everything GridVoice holds about them
 * ({@link #myData}) and erases their account ({@link #eraseMyAccount}); administrators read who among
 * the staff was shown whose personal data ({@link #accessLog}). Every module that keeps personal data
 * contributes a {@link PersonalDataHolder}; this service asks them all, in their {@code @Order}.
 */
@Service
public class PersonalDataService {

    static final String ERASED = "ACCOUNT_ERASED";

    private final UserAccountRepository users;
    private final AccountErasure erasure;
    private final DataAccessQueries accessLog;
    private final ObjectProvider<PersonalDataHolder> holders;
    private final RoleService roles;
    private final CurrentUser currentUser;
    private final AccountNames names;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataService(UserAccountRepository users, AccountErasure erasure, DataAccessQueries accessLog,
                        ObjectProvider<PersonalDataHolder> holders, RoleService roles, CurrentUser currentUser, AccountNames names,
                        AuditLog audit, Clock clock) {
        this.users = users;
        this.erasure = erasure;
        this.accessLog = accessLog;
        this.holders = holders;
        this.roles = roles;
        this.currentUser = currentUser;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held about the signed-in user: the account itself first, then each module's section. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonalData myData() {
        UserAccount me = me();
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(new PersonalDataSection("privacy.section.account", List.of(account(me))));
        sections.add(new PersonalDataSection("privacy.section.residency", erasure.residencies(me.getId())));
        sections.add(new PersonalDataSection("privacy.section.roles", erasure.grants(me.getId())));
        holders.orderedStream().forEach(h -> sections.add(new PersonalDataSection(h.sectionKey(), h.export(me.getId()))));
        sections.add(new PersonalDataSection("privacy.section.data-access", erasure.viewsOfMyData(me.getId())));
        return new PersonalData(me.getId(), LocalDateTime.now(clock), sections);
    }

    /**
     * Erases the signed-in user's account in one transaction: every module erases what it holds
     * (contributions stay under "a former resident", or are withdrawn when {@code withdrawContributions});
     * then the account loses its name, contacts, password, residency details and roles, is disabled and
     * all its sessions end. The caller confirms by typing their display name again. Refusals
     * ({@link InvalidInput}): the confirmation does not match ({@code confirmation}); the user is the
     * last administrator.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void eraseMyAccount(String confirmation, boolean withdrawContributions) {
        UserAccount me = me();
        if (me.getErasedAt() != null) {
            throw InvalidInput.of(null, "privacy.error.erased");
        }
        if (confirmation == null || confirmation.isBlank()) {
            throw InvalidInput.of("confirmation", "validation.required");
        }
        if (!confirmation.strip().equals(me.getDisplayName().strip())) {
            throw InvalidInput.of("confirmation", "privacy.error.confirmation");
        }
        if (roles.administratorIds().contains(me.getId()) && roles.administratorIds().size() <= 1) {
            throw InvalidInput.of(null, "privacy.error.last-admin");
        }
        Long id = me.getId();
        // modules first: some find what is theirs through the name or address the account still has
        holders.orderedStream().forEach(h -> h.erase(id, withdrawContributions));
        erasure.eraseResidencies(id);
        erasure.eraseGrants(id);
        erasure.eraseContacts(id, me.getEmail(), me.getPhone());
        erasure.eraseNameInMail(me.getDisplayName(), names.formerResident());
        me.erase(LocalDateTime.now(clock));
        users.flush();
        audit.enqueue(new AuditRecord(ERASED, "account", id, audit.pseudonym(id, "account"),
                "withdrawContributions " + withdrawContributions));
    }

    /**
     * Staff views of residents' personal data, newest first, optionally only those whose subject's or
     * viewer's name contains the text; erased people read as "a former resident".
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<DataAccessEntry> accessLog(String subjectName, String viewerName, Pageable pageable) {
        String subject = like(subjectName);
        String viewer = like(viewerName);
        List<DataAccessEntry> rows = accessLog.page(subject, viewer, (int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(r -> new DataAccessEntry(r.id(), r.viewerId(), r.viewerErased() ? names.formerResident() : r.viewerName(),
                        r.subjectId(), r.subjectErased() ? names.formerResident() : r.subjectName(), r.purpose(), r.viewedAt()))
                .toList();
        return new PageImpl<>(rows, pageable, accessLog.count(subject, viewer));
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : SqlLike.containing(text.strip());
    }

    private Map<String, Object> account(UserAccount me) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", me.getId());
        row.put("display_name", me.getDisplayName());
        row.put("email", me.getEmail());
        row.put("email_confirmed", me.isEmailConfirmed());
        row.put("phone", me.getPhone());
        row.put("phone_confirmed", me.isPhoneConfirmed());
        row.put("language", me.getLanguage());
        row.put("email_preference", me.getEmailPreference() == null ? null : me.getEmailPreference().name());
        row.put("sms_notifications", me.isSmsNotifications());
        row.put("registered_by_staff", me.getRegisteredBy() != null);
        row.put("created_at", me.getCreatedAt());
        return row;
    }

    private UserAccount me() {
        return users.findById(currentUser.requireId()).orElseThrow();
    }
}
