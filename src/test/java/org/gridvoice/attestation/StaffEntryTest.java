package org.gridvoice.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.gridvoice.account.ResidentCard;
import org.gridvoice.account.ResidentDirectory;
import org.gridvoice.account.ResidentRegistration;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.attestation.domain.EntryExpiry;
import org.gridvoice.request.RequestForm;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff enter a request for a resident (代录) and it waits, neither filed nor routed, until the
 * resident attests it — by the code sent to their phone, a printed slip's code, in person before a
 * witness, or signed in — or rejects it; every wrong, spent or guessed code is refused and changes nothing.
 */
@GridVoiceTest
class StaffEntryTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired StaffEntryService entries;
    @Autowired ResidentAttestationService residentSide;
    @Autowired ResidentDirectory directory;
    @Autowired EntryExpiry expiry;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired List<org.gridvoice.account.PersonalDataHolder> holders;

    private SignedInUser committee;
    private long environment;
    private static int phoneCounter = (int) (System.nanoTime() % 9000);

    @BeforeEach
    void staff() {
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        People.signOut();
        RequestContextHolder.resetRequestAttributes();
    }

    private static String newPhone() {
        return "139" + String.format("%08d", (System.nanoTime() / 1000 + phoneCounter++) % 100_000_000L);
    }

    private ResidentCard registerOlderResident(String phone) {
        People.actAs(committee);
        return directory.register(new ResidentRegistration("王阿姨", People.GRID_XINGFULI_1, "3号楼", "2单元", "301", phone));
    }

    private String requestPayload(String words) {
        return JsonMapper.builder().build().writeValueAsString(new RequestForm(environment, People.GRID_XINGFULI_1, "幸福里 3 号楼楼道", null,
                null, words, List.of(), true));
    }

    private int requestsBy(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM request WHERE author_id = :u").param("u", userId).query(Integer.class).single();
    }

    private String lastCodeSentTo(String phoneDigits) {
        String params = jdbc.sql("SELECT params FROM shared_sms_outbox WHERE phone = :p AND template = 'ATTEST_CODE' ORDER BY id DESC LIMIT 1")
                .param("p", "+86" + phoneDigits).query(String.class).single();
        return JsonMapper.builder().build().readTree(params).get("code").asString();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void a_registered_resident_attests_by_phone_code_and_only_then_the_request_is_filed_routed_and_shows_who_entered_it() {
        String phone = newPhone();
        ResidentCard resident = registerOlderResident(phone);
        assertThat(resident.maskedPhone()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(directory.search("王阿姨")).extracting(ResidentCard::userId).contains(resident.userId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_data_access WHERE viewer_id = :v AND subject_id = :s AND purpose = 'STAFF_ENTRY'")
                .param("v", committee.id()).param("s", resident.userId()).query(Integer.class).single()).as("the search is logged").isPositive();
        int casesBefore = jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Integer.class).single();

        long entryId = entries.enter(resident.userId(), "request", requestPayload("楼道灯坏了，晚上看不见台阶。"));

        assertThat(requestsBy(resident.userId())).as("pending: not filed").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_case").query(Integer.class).single()).as("pending: not routed").isEqualTo(casesBefore);
        EntrySummary pending = entries.entry(entryId, ZH);
        assertThat(pending.status()).isEqualTo(EntryStatus.PENDING);
        assertThat(pending.wording()).contains("楼道灯坏了").contains("幸福里 3 号楼楼道");
        assertThat(pending.expiresAt()).isEqualTo(pending.createdAt().plusDays(14));

        entries.sendCode(entryId);
        String code = lastCodeSentTo(phone);
        assertThat(code).matches("\\d{6}");
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> entries.attestByCode(entryId, wrong)).isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.code-wrong");
        assertThat(requestsBy(resident.userId())).isZero();

        AttestableKind.Created created = entries.attestByCode(entryId, code);

        assertThat(created.route()).startsWith("cases/");
        assertThat(jdbc.sql("SELECT entered_by FROM request WHERE id = :id").param("id", created.itemId()).query(Long.class).single())
                .isEqualTo(committee.id());
        assertThat(jdbc.sql("SELECT author_id FROM request WHERE id = :id").param("id", created.itemId()).query(Long.class).single())
                .isEqualTo(resident.userId());
        assertThat(jdbc.sql("SELECT case_id FROM request WHERE id = :id").param("id", created.itemId()).query(Long.class).optional())
                .as("routed into a case like any request").isPresent();
        EntrySummary attested = entries.entry(entryId, ZH);
        assertThat(attested.status()).isEqualTo(EntryStatus.ATTESTED);
        assertThat(attested.method()).isEqualTo(AttestationMethod.PHONE_CODE);
        assertThatThrownBy(() -> entries.attestByCode(entryId, code)).as("a code is used once").isInstanceOf(InvalidInput.class)
                .hasMessageContaining("attest.error.not-pending");
        assertThat(requestsBy(resident.userId())).isEqualTo(1);

        People.signOut();
        var summary = jdbc.sql("SELECT id FROM request WHERE id = :id").param("id", created.itemId()).query(Long.class).single();
        assertThat(summary).isEqualTo(created.itemId());
        assertThat(entries.kinds()).contains("request");
    }

    @Test
    void the_audit_chain_records_entry_and_attestation_without_personal_data() {
        String phone = newPhone();
        ResidentCard resident = registerOlderResident(phone);
        long entryId = entries.enter(resident.userId(), "request", requestPayload("垃圾桶满了"));
        entries.sendCode(entryId);
        entries.attestByCode(entryId, lastCodeSentTo(phone));

        List<String> kinds = jdbc.sql("SELECT kind FROM audit_entry WHERE object_type = 'attestation_entry' AND object_id = :id ORDER BY seq")
                .param("id", entryId).query(String.class).list();
        assertThat(kinds).containsExactly("STAFF_ENTRY_CREATED", "STAFF_ENTRY_ATTESTED");
        assertThat(jdbc.sql("SELECT kind FROM audit_entry WHERE object_type = 'account_user' AND object_id = :id")
                .param("id", resident.userId()).query(String.class).list()).containsExactly("RESIDENT_REGISTERED_BY_STAFF");
        List<String> texts = jdbc.sql("""
                SELECT CONCAT(actor_ref, ' ', payload) FROM audit_entry
                WHERE (object_type = 'attestation_entry' AND object_id = :e) OR (object_type = 'account_user' AND object_id = :u)""")
                .param("e", entryId).param("u", resident.userId()).query(String.class).list();
        assertThat(texts).hasSize(3).allSatisfy(t -> assertThat(t).doesNotContain("王阿姨", phone, "3号楼", "301", "垃圾桶",
                Long.toString(resident.userId())));
    }

    @Test
    void staff_cannot_enter_for_a_resident_outside_their_community_and_nothing_is_stored() {
        SignedInUser meiyuanResident = people.verifiedResidentOf(People.GRID_MEIYUAN_1);
        People.actAs(committee);
        int before = jdbc.sql("SELECT COUNT(*) FROM attestation_entry").query(Integer.class).single();
        assertThatThrownBy(() -> entries.enter(meiyuanResident.id(), "request", requestPayload("路面坑洼")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.outside-community");
        assertThatThrownBy(() -> directory.register(new ResidentRegistration("李伯", People.GRID_MEIYUAN_1, "1号楼", "1单元", "101", null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.outside-community");
        assertThat(directory.search("测试")).extracting(ResidentCard::userId).doesNotContain(meiyuanResident.id());
        SignedInUser unverified = people.resident();
        assertThatThrownBy(() -> entries.enter(unverified.id(), "request", requestPayload("路面坑洼")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.resident");
        ResidentCard resident = registerOlderResident(null);
        assertThatThrownBy(() -> entries.enter(resident.userId(), "request", requestPayload(" ")))
                .as("the request's own checks apply when entered").isInstanceOf(InvalidInput.class).hasMessageContaining("validation.required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attestation_entry").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void registration_refuses_a_bad_or_taken_phone_number() {
        String phone = newPhone();
        registerOlderResident(phone);
        assertThatThrownBy(() -> registerOlderResident(phone)).isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.phone-taken");
        assertThatThrownBy(() -> registerOlderResident("12345")).isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.phone");
        ResidentCard noPhone = registerOlderResident(null);
        long entryId = entries.enter(noPhone.userId(), "request", requestPayload("门禁坏了"));
        assertThatThrownBy(() -> entries.sendCode(entryId)).isInstanceOf(InvalidInput.class).hasMessageContaining("attest.error.no-phone");
    }

    @Test
    void five_wrong_codes_spend_the_code_and_an_old_or_expired_code_no_longer_works() {
        String phone = newPhone();
        ResidentCard resident = registerOlderResident(phone);
        long entryId = entries.enter(resident.userId(), "request", requestPayload("电梯异响"));
        entries.sendCode(entryId);
        String code = lastCodeSentTo(phone);
        String wrong = code.equals("999999") ? "888888" : "999999";
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> entries.attestByCode(entryId, wrong)).hasMessageContaining("attest.error.code-wrong");
        }
        assertThatThrownBy(() -> entries.attestByCode(entryId, wrong)).hasMessageContaining("attest.error.code-tries");
        assertThatThrownBy(() -> entries.attestByCode(entryId, code)).as("even the right code, after five wrong ones")
                .hasMessageContaining("attest.error.code-tries");

        entries.sendCode(entryId);
        String second = lastCodeSentTo(phone);
        entries.sendCode(entryId);
        String third = lastCodeSentTo(phone);
        if (!second.equals(third)) {
            assertThatThrownBy(() -> entries.attestByCode(entryId, second)).as("a new code replaces the old")
                    .hasMessageContaining("attest.error.code-wrong");
        }
        jdbc.sql("UPDATE attestation_code SET expires_at = :past WHERE entry_id = :e").param("past", LocalDateTime.now().minusMinutes(1))
                .param("e", entryId).update();
        assertThatThrownBy(() -> entries.attestByCode(entryId, third)).hasMessageContaining("attest.error.code-expired");
        entries.sendCode(entryId);
        entries.sendCode(entryId);
        assertThatThrownBy(() -> entries.sendCode(entryId)).as("five codes an hour at most").hasMessageContaining("attest.error.too-many-codes");
        assertThat(requestsBy(resident.userId())).isZero();
        assertThat(entries.entry(entryId, ZH).status()).isEqualTo(EntryStatus.PENDING);
    }

    @Test
    void a_slip_code_attests_once_on_any_device_signed_out() {
        ResidentCard resident = registerOlderResident(null);
        long entryId = entries.enter(resident.userId(), "request", requestPayload("楼下噪音扰民"));
        Slip first = entries.issueSlip(entryId, ZH);
        Slip slip = entries.issueSlip(entryId, ZH);
        assertThat(slip.code()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(slip.wording()).contains("楼下噪音扰民");
        People.signOut();
        from("203.0.113.10");

        assertThatThrownBy(() -> residentSide.slip(first.code(), ZH)).as("a new slip replaces the old").hasMessageContaining("attest.error.slip");
        assertThat(residentSide.slip(slip.code().toLowerCase(Locale.ROOT).replace("-", " "), ZH).wording()).contains("楼下噪音扰民");
        AttestableKind.Created created = residentSide.attestBySlip(slip.code());
        assertThat(requestsBy(resident.userId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT method FROM attestation_entry WHERE id = :id").param("id", entryId).query(String.class).single())
                .isEqualTo("SLIP_CODE");
        assertThat(created.itemId()).isPositive();
        assertThatThrownBy(() -> residentSide.attestBySlip(slip.code())).hasMessageContaining("attest.error.slip");
    }

    @Test
    void guessing_slip_codes_is_stopped_after_ten_tries_from_one_address() {
        ResidentCard resident = registerOlderResident(null);
        long entryId = entries.enter(resident.userId(), "request", requestPayload("绿化带被占"));
        Slip slip = entries.issueSlip(entryId, ZH);
        People.signOut();
        from("198.51.100.77");
        for (int i = 0; i < 10; i++) {
            String guess = "AAAAA-AAA" + (char) ('A' + i % 20) + (i < 9 ? "" : "");
            assertThatThrownBy(() -> residentSide.attestBySlip(guess)).hasMessageContaining("attest.error.slip");
        }
        assertThatThrownBy(() -> residentSide.attestBySlip(slip.code())).as("the right code too, once the address is over its limit")
                .hasMessageContaining("attest.error.slow-down");
        assertThat(requestsBy(resident.userId())).isZero();
        from("198.51.100.78");
        residentSide.attestBySlip(slip.code());
        assertThat(requestsBy(resident.userId())).isEqualTo(1);
    }

    @Test
    void in_person_needs_a_second_staff_member_as_witness() {
        ResidentCard resident = registerOlderResident(null);
        long entryId = entries.enter(resident.userId(), "request", requestPayload("单元门关不上"));
        assertThatThrownBy(() -> entries.attestInPerson(entryId, committee.email(), "unused")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("witness.error.same-person");
        SignedInUser colleague = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(colleague);
        assertThatThrownBy(() -> entries.attestInPerson(entryId, committee.email(), "unused")).as("nor the one who entered it")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("witness.error.same-person");
        People.actAs(committee);
        assertThatThrownBy(() -> entries.attestInPerson(entryId, colleague.email(), "wrong")).hasMessageContaining("witness.error.credentials");
        assertThat(requestsBy(resident.userId())).isZero();

        entries.attestInPerson(entryId, colleague.email(), "unused");

        assertThat(requestsBy(resident.userId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT witness_id FROM attestation_entry WHERE id = :id").param("id", entryId).query(Long.class).single())
                .isEqualTo(colleague.id());
    }

    @Test
    void the_resident_signed_in_sees_what_waits_and_may_reject_it_with_a_reason_kept() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(committee);
        long entryId = entries.enter(resident.id(), "request", requestPayload("希望增加健身器材"));

        People.actAs(resident);
        assertThat(residentSide.mine(ZH)).extracting(PublicEntry::id).containsExactly(entryId);
        assertThatThrownBy(() -> residentSide.rejectMine(entryId, " ")).hasMessageContaining("validation.required");
        residentSide.rejectMine(entryId, "我说的是篮球架，不是健身器材");

        assertThat(residentSide.mine(ZH)).isEmpty();
        assertThat(requestsBy(resident.id())).isZero();
        People.actAs(committee);
        EntrySummary rejected = entries.entry(entryId, ZH);
        assertThat(rejected.status()).isEqualTo(EntryStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo("我说的是篮球架，不是健身器材");
        assertThat(entries.list(new EntryFilter(EntryStatus.REJECTED), PageRequest.of(0, 50), ZH).getContent()).extracting(EntrySummary::id)
                .contains(entryId);
        assertThat(entries.list(new EntryFilter(EntryStatus.PENDING), PageRequest.of(0, 50), ZH).getContent()).extracting(EntrySummary::id)
                .doesNotContain(entryId);
        assertThatThrownBy(() -> entries.issueSlip(entryId, ZH)).hasMessageContaining("attest.error.not-pending");
    }

    @Test
    void an_entry_not_attested_within_fourteen_days_expires_and_can_no_longer_be_attested() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(committee);
        long entryId = entries.enter(resident.id(), "request", requestPayload("小区门口积水"));
        jdbc.sql("UPDATE attestation_entry SET expires_at = :past WHERE id = :id").param("past", LocalDateTime.now().minusMinutes(1))
                .param("id", entryId).update();

        People.actAs(resident);
        assertThatThrownBy(() -> residentSide.attestMine(entryId)).as("past its time even before the job ran")
                .hasMessageContaining("attest.error.not-pending");
        expiry.run();

        People.actAs(committee);
        assertThat(entries.entry(entryId, ZH).status()).isEqualTo(EntryStatus.EXPIRED);
        assertThat(jdbc.sql("SELECT kind FROM audit_entry WHERE object_type = 'attestation_entry' AND object_id = :id ORDER BY seq")
                .param("id", entryId).query(String.class).list()).containsExactly("STAFF_ENTRY_CREATED", "STAFF_ENTRY_EXPIRED");
        assertThat(requestsBy(resident.id())).isZero();
    }

    @Test
    void another_communitys_staff_cannot_work_an_entry() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(committee);
        long entryId = entries.enter(resident.id(), "request", requestPayload("自行车乱停"));
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> entries.issueSlip(entryId, ZH)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        People.actAs(resident);
        assertThatThrownBy(() -> entries.sendCode(entryId)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_residents_data_download_has_their_entries_and_erasure_drops_the_wording_but_not_the_chain() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(committee);
        long entryId = entries.enter(resident.id(), "request", requestPayload("我家门口的井盖松了"));
        var holder = holders.stream().filter(h -> h.sectionKey().equals("attest.privacy.section")).findFirst().orElseThrow();

        assertThat(holder.export(resident.id())).anySatisfy(item -> {
            assertThat(item).containsEntry("id", entryId).containsEntry("role", "resident");
            assertThat(String.valueOf(item.get("wording"))).contains("井盖松了");
        });
        assertThat(holder.export(committee.id())).anySatisfy(item -> {
            assertThat(item).containsEntry("id", entryId).containsEntry("role", "staff");
            assertThat(item).doesNotContainKey("wording");
        });

        holder.erase(resident.id(), false);

        assertThat(jdbc.sql("SELECT payload IS NULL FROM attestation_entry WHERE id = :id").param("id", entryId).query(Boolean.class)
                .single()).as("the wording is gone").isTrue();
        assertThat(entries.entry(entryId, ZH).status()).as("nothing left to attest").isEqualTo(EntryStatus.EXPIRED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'attestation_entry' AND object_id = :id")
                .param("id", entryId).query(Integer.class).single()).isEqualTo(1);
    }
}
