package org.gridvoice.attestation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.PersonalDataAccessLog;
import org.gridvoice.account.Recipient;
import org.gridvoice.account.ResidentCard;
import org.gridvoice.account.ResidentDirectory;
import org.gridvoice.account.StaffScope;
import org.gridvoice.account.WitnessCheck;
import org.gridvoice.attestation.domain.CodeStore;
import org.gridvoice.attestation.domain.EntryStore;
import org.gridvoice.attestation.domain.Kinds;
import org.gridvoice.attestation.domain.Outcomes;
import org.gridvoice.audit.AuditLog;
import org.gridvoice.audit.AuditRecord;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.sms.SmsMessage;
import org.gridvoice.shared.sms.SmsOutbox;
import org.gridvoice.shared.validation.InvalidInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff (committee members, grid officers) do: enter input for a verified resident of a
 * community they serve, and have the resident attest it — a code sent to the resident's phone that
 * the resident reads back (or enters themselves), a printed slip, or in person before a second staff
 * member. Refusals: {@link InvalidInput} with a clear message (nothing stored; a wrong code still
 * counts as a try), {@link AccessDeniedException} for an entry of a community the caller does not serve.
 */
@Service
@Transactional(readOnly = true)
public class StaffEntryService {

    public static final Duration PENDING_FOR = Duration.ofDays(14);
    public static final Duration PHONE_CODE_VALID = Duration.ofMinutes(10);
    public static final int PHONE_CODE_TRIES = 5;
    /** Codes one entry may send within an hour: the resident's phone is not to be flooded. */
    public static final int PHONE_CODES_PER_HOUR = 5;
    static final String STAFF = "hasAnyRole('COMMITTEE', 'OFFICER', 'OFFICE_LEAD')";
    private static final String SLIP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntryStore entries;
    private final CodeStore codes;
    private final Kinds kinds;
    private final Outcomes outcomes;
    private final ResidentDirectory residents;
    private final StaffScope staff;
    private final WitnessCheck witnesses;
    private final SmsOutbox sms;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final PersonalDataAccessLog accessLog;
    private final Clock clock;

    StaffEntryService(EntryStore entries, CodeStore codes, Kinds kinds, Outcomes outcomes, ResidentDirectory residents, StaffScope staff,
                      WitnessCheck witnesses, SmsOutbox sms, AuditLog audit, CurrentUser currentUser, AccountService accounts, PersonalDataAccessLog accessLog,
                      Clock clock) {
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.entries = entries;
        this.codes = codes;
        this.kinds = kinds;
        this.outcomes = outcomes;
        this.residents = residents;
        this.staff = staff;
        this.witnesses = witnesses;
        this.sms = sms;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The kinds staff may enter ({@code request}, …). */
    public List<String> kinds() {
        return kinds.names();
    }

    /**
     * Enters input of {@code kind} for the resident, pending their attestation; returns the entry's id.
     * InvalidInput: {@code attest.error.resident} (not a verified resident), {@code attest.error.outside-community}
     * (the resident lives outside the caller's communities), {@code attest.error.self}, an unknown kind, or
     * whatever the kind's own create refuses.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public long enter(Long residentId, String kind, String payload) {
        Long me = currentUser.requireId();
        ResidentCard resident = residents.verified(residentId).orElseThrow(() -> InvalidInput.of("resident", "attest.error.resident"));
        if (!staff.serves(me, resident.communityId())) {
            throw InvalidInput.of("resident", "attest.error.outside-community");
        }
        if (me.equals(residentId)) {
            throw InvalidInput.of("resident", "attest.error.self");
        }
        AttestableKind attestable = kinds.of(kind);
        attestable.validate(residentId, payload);
        LocalDateTime now = LocalDateTime.now(clock);
        long id = entries.insert(kind, residentId, me, resident.communityId(), payload, now, now.plus(PENDING_FOR));
        audit.append(new AuditRecord("STAFF_ENTRY_CREATED", "attestation_entry", id, "staff:" + me,
                "kind " + kind + "; resident " + audit.pseudonym(residentId, Outcomes.CONTEXT) + "; wording sha256 "
                        + AuditRecord.textHash(payload)));
        return id;
    }

    /** Entries of the caller's communities, newest first, paged in the database. */
    @PreAuthorize(STAFF)
    public Page<EntrySummary> list(EntryFilter filter, Pageable pageable, Locale locale) {
        Set<Long> mine = staff.communitiesServedBy(currentUser.requireId());
        if (mine.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        long total = entries.count(mine, filter.status());
        return new PageImpl<>(outcomes.summaries(entries.page(mine, filter.status(), pageable.getPageSize(), pageable.getOffset()), locale,
                Map.of()), pageable, total);
    }

    /** One entry of the caller's communities, with the resident's phone masked (logged as an access to the resident's data). */
    @PreAuthorize(STAFF)
    public EntrySummary entry(long entryId, Locale locale) {
        EntryStore.Row row = mine(entries.find(entryId).orElseThrow(() -> InvalidInput.of(null, "attest.error.not-found")));
        Map<Long, String> phones = new java.util.HashMap<>();
        residents.phoneOf(row.residentId()).ifPresent(p -> phones.put(row.residentId(), p));
        accessLog.record(currentUser.requireId(), List.of(row.residentId()), ResidentDirectory.PURPOSE);
        return outcomes.summaries(List.of(row), locale, phones).getFirst();
    }

    /**
     * Sends the resident a new 6-digit code by SMS (valid 10 minutes, 5 tries; an earlier code stops
     * working). InvalidInput {@code attest.error.no-phone} when the resident has no phone,
     * {@code attest.error.too-many-codes} after 5 codes within an hour.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public void sendCode(long entryId) {
        EntryStore.Row row = mine(outcomes.pending(entryId));
        String phone = residents.phoneOf(row.residentId()).orElseThrow(() -> InvalidInput.of(null, "attest.error.no-phone"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (codes.issuedSince(row.id(), CodeStore.PHONE, now.minusHours(1)) >= PHONE_CODES_PER_HOUR) {
            throw InvalidInput.of(null, "attest.error.too-many-codes", PHONE_CODES_PER_HOUR);
        }
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        codes.issue(row.id(), CodeStore.PHONE, CodeStore.phoneHash(row.id(), code), now, now.plus(PHONE_CODE_VALID));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("entry", Long.toString(row.id()));
        Locale language = accounts.recipient(row.residentId()).map(Recipient::locale).orElse(Messages.fromTag("zh-CN"));
        sms.enqueue(new SmsMessage(phone, "ATTEST_CODE", params, language));
    }

    /**
     * The code the resident read back (typed by staff): attests the entry, which becomes the item.
     * InvalidInput (field "code"): {@code attest.error.code-wrong} (counts a try), {@code attest.error.code-expired}
     * (none sent, older than 10 minutes, or used), {@code attest.error.code-tries} (5 wrong tries: send a new one).
     */
    @PreAuthorize(STAFF)
    @Transactional
    public AttestableKind.Created attestByCode(long entryId, String code) {
        EntryStore.Row row = mine(outcomes.pending(entryId));
        return PhoneCodes.check(codes, row, code, LocalDateTime.now(clock), () -> outcomes.attest(row, AttestationMethod.PHONE_CODE, null));
    }

    /**
     * The resident attests in person at the committee, before a second staff member who signs with
     * their own credentials (WitnessCheck: field "witness"); the witness may not be who entered it either.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public AttestableKind.Created attestInPerson(long entryId, String witnessLogin, String witnessPassword) {
        Long me = currentUser.requireId();
        EntryStore.Row row = mine(outcomes.pending(entryId));
        Long witness = witnesses.verify(witnessLogin, witnessPassword, row.communityId(), me);
        if (witness.equals(row.staffId())) {
            throw InvalidInput.of("witness", "witness.error.same-person");
        }
        return outcomes.attest(row, AttestationMethod.IN_PERSON, witness);
    }

    /** A new printable slip with a one-time code (10 characters); an earlier slip of the entry stops working. */
    @PreAuthorize(STAFF)
    @Transactional
    public Slip issueSlip(long entryId, Locale locale) {
        EntryStore.Row row = mine(outcomes.pending(entryId));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(SLIP_ALPHABET.charAt(RANDOM.nextInt(SLIP_ALPHABET.length())));
        }
        codes.issue(row.id(), CodeStore.SLIP, CodeStore.slipHash(code.toString()), LocalDateTime.now(clock), row.expiresAt());
        EntrySummary summary = outcomes.summaries(List.of(row), locale, Map.of()).getFirst();
        return new Slip(row.id(), summary.residentName(), summary.staffName(), summary.wording(),
                code.substring(0, 5) + "-" + code.substring(5), row.expiresAt());
    }

    private EntryStore.Row mine(EntryStore.Row row) {
        if (!staff.serves(currentUser.requireId(), row.communityId())) {
            throw new AccessDeniedException("entry of a community the user does not serve");
        }
        return row;
    }
}
