package org.gridvoice.attestation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.attestation.StaffEntryService;
import org.gridvoice.request.RequestEntries;
import org.gridvoice.request.RequestForm;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The resident's side of 代录 on screen: home says what waits for them, the attest page confirms it, signed in or with a slip's code. */
@GridVoiceTest
class AttestScreensTest extends ViewTest {

    @Autowired StaffEntryService entries;
    @Autowired JdbcClient jdbc;

    private long enterFor(SignedInUser committee, SignedInUser resident, String words) {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        People.actAs(committee);
        return entries.enter(resident.id(), "request", RequestEntries.payload(new RequestForm(environment, People.GRID_XINGFULI_1,
                "幸福里 2 号楼", null, null, words, List.of(), false)));
    }

    private int filedBy(SignedInUser resident) {
        return jdbc.sql("SELECT COUNT(*) FROM request WHERE author_id = :u").param("u", resident.id()).query(Integer.class).single();
    }

    @Test
    void a_signed_in_resident_sees_the_entry_on_home_and_confirms_it_on_the_attest_page() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        enterFor(committee, resident, "二号楼电梯经常停");

        signIn(resident);
        navigate("");
        assertThat(_get(Section.class, s -> s.withId("home-attest")).getElement().getTextRecursively()).contains("二号楼电梯经常停")
                .contains(committee.displayName());
        navigate("attest");
        _click(_get(Button.class, s -> s.withText("是，这是我的意思")));

        assertThat(filedBy(resident)).isEqualTo(1);
    }

    @Test
    void a_slip_code_opens_the_entry_signed_out_and_a_rejection_needs_its_reason() {
        SignedInUser committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        long entryId = enterFor(committee, resident, "希望晚上十点后禁止广场舞");
        String code = entries.issueSlip(entryId, Locale.SIMPLIFIED_CHINESE).code();
        People.signOut();

        navigate("attest");
        set(_get(TextField.class, s -> s.withLabel("确认单上的确认码")), code);
        _click(_get(Button.class, s -> s.withText("显示代录内容")));
        assertThat(_get(AttestView.class).getElement().getTextRecursively()).contains("希望晚上十点后禁止广场舞");
        _click(_get(Button.class, s -> s.withText("不是，拒绝")));
        _click(_get(Button.class, s -> s.withText("不是，拒绝")));
        assertThat(jdbc.sql("SELECT status FROM attestation_entry WHERE id = :id").param("id", entryId).query(String.class).single())
                .as("no reason, nothing stored").isEqualTo("PENDING");
        set(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withLabel("拒绝的理由")), "我说的是九点");
        _click(_get(Button.class, s -> s.withText("不是，拒绝")));

        assertThat(jdbc.sql("SELECT reject_reason FROM attestation_entry WHERE id = :id").param("id", entryId).query(String.class).single())
                .isEqualTo("我说的是九点");
        assertThat(filedBy(resident)).isZero();
    }
}
