package org.gridvoice.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.gridvoice.account.EmailPreference;

@Entity
@Table(name = "account_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    /** E.164 (shared.PhoneNumbers), or null. */
    private String phone;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(name = "email_pref")
    private EmailPreference emailPreference;
    @Column(name = "email_confirmed")
    private boolean emailConfirmed;
    @Column(name = "phone_confirmed")
    private boolean phoneConfirmed;
    /** The resident asked for the important notifications (residency decided, vote opened, case resolved) by SMS too. */
    @Column(name = "sms_notifications")
    private boolean smsNotifications;
    /** The staff member who registered this resident from verified residency data, or null for self-registration. */
    @Column(name = "registered_by")
    private Long registeredBy;
    /** When the account was erased at its owner's request (personal-data rights); null while it lives. */
    @Column(name = "erased_at")
    private LocalDateTime erasedAt;
    private boolean disabled;
    @Column(name = "session_epoch")
    private int sessionEpoch;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String passwordHash, String displayName, String language, LocalDateTime createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.language = language;
        this.emailPreference = EmailPreference.IMMEDIATE;
        this.createdAt = createdAt;
    }

    /** A resident's account without email or password: signs in with a code sent to their phone (if any). */
    public static UserAccount withPhone(String phone, String displayName, String language, LocalDateTime createdAt, Long registeredBy) {
        UserAccount user = new UserAccount(null, null, displayName, language, createdAt);
        user.phone = phone;
        user.registeredBy = registeredBy;
        return user;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public boolean isPhoneConfirmed() { return phoneConfirmed; }
    public boolean isSmsNotifications() { return smsNotifications; }
    public Long getRegisteredBy() { return registeredBy; }
    public LocalDateTime getErasedAt() { return erasedAt; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getLanguage() { return language; }
    public EmailPreference getEmailPreference() { return emailPreference; }
    public boolean isEmailConfirmed() { return emailConfirmed; }
    public boolean isDisabled() { return disabled; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    /** Changes with every change of the account (optimistic lock): unsubscribe links name it. */
    public long getVersion() { return version; }
    public int getSessionEpoch() { return sessionEpoch; }

    /** Ends every session of this account at its next request, on every app instance. */
    public void endAllSessions() { this.sessionEpoch++; }

    public void confirmEmail() { this.emailConfirmed = true; }
    public void confirmPhone() { this.phoneConfirmed = true; }

    /** Sets a new, not yet confirmed number (or none). */
    public void changePhone(String phone) {
        this.phone = phone;
        this.phoneConfirmed = false;
    }

    /** Sets a new, not yet confirmed address; a password may come with it for accounts that had none. */
    public void changeEmail(String email) {
        this.email = email;
        this.emailConfirmed = false;
    }

    public void chooseSmsNotifications(boolean sms) { this.smsNotifications = sms; }
    public void changePassword(String passwordHash) { this.passwordHash = passwordHash; }
    public void changeLanguage(String language) { this.language = language; }

    public void changeProfile(String displayName, String language, EmailPreference emailPreference) {
        this.displayName = displayName;
        this.language = language;
        this.emailPreference = emailPreference;
    }

    /**
     * Erases the person from the account (personal-data rights): no name, contact or password is left,
     * it can never sign in again and its sessions end. The row stays for the ids other tables keep.
     */
    public void erase(LocalDateTime now) {
        this.email = null;
        this.phone = null;
        this.passwordHash = null;
        this.displayName = "";
        this.emailConfirmed = false;
        this.phoneConfirmed = false;
        this.smsNotifications = false;
        this.emailPreference = EmailPreference.NEVER;
        this.disabled = true;
        this.erasedAt = now;
        endAllSessions();
    }
}
