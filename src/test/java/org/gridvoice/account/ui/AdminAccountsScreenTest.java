package org.gridvoice.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.AccountSummary;
import org.gridvoice.account.RegistrationForm;
import org.gridvoice.support.TestMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.gridvoice.account.Role;
import org.gridvoice.account.RoleService;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.place.CommunitySummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminAccountsScreenTest extends ViewTest {

    @Autowired RoleService roles;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void anAdminOnTheAccountsScreen() {
        inEnglish();
        signIn(people.admin());
        navigate("admin/accounts");
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> accounts() {
        return _get(Grid.class);
    }

    private void search(String text) {
        set(_get(TextField.class, s -> s.withPlaceholder("Search by name or email")), text);
    }

    /** Searches the person and opens the roles dialog with the row's Roles button. */
    private AccountRolesDialog openRolesOf(SignedInUser person) {
        search(person.email());
        Grid<AccountSummary> grid = accounts();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).email()).isEqualTo(person.email());
        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        return _get(AccountRolesDialog.class);
    }

    private static List<String> grantsShown(AccountRolesDialog dialog) {
        return _find(dialog, Span.class).stream().map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static void chooseRole(Role role) {
        set((Select<Role>) _get(Select.class, s -> s.withLabel("Role")), role);
    }

    @Test
    void searching_finds_a_demo_person_by_email() {
        search("committee@gridvoice.demo");
        Grid<AccountSummary> grid = accounts();
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(AccountSummary::email).contains("committee@gridvoice.demo");
        int row = GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(AccountSummary::email).toList().indexOf("committee@gridvoice.demo");
        assertThat(GridKt._getFormatted(grid, row, "roles")).contains("Committee member (幸福里社区)");
    }

    @Test
    void an_admin_grants_committee_for_meiyuan_and_the_grant_appears_in_the_dialog_and_the_list() {
        SignedInUser person = people.resident();
        AccountRolesDialog dialog = openRolesOf(person);
        assertThat(grantsShown(dialog)).containsExactly("Resident");

        chooseRole(Role.COMMITTEE);
        @SuppressWarnings("unchecked")
        ComboBox<CommunitySummary> community = _get(ComboBox.class, s -> s.withLabel("Community"));
        assertThat(community.isVisible()).as("a committee role asks for its community").isTrue();
        set(community, community.getListDataView().getItems()
                .filter(c -> c.id().equals(People.COMMUNITY_MEIYUAN)).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, s -> s.withText("Grant")));

        assertThat(grantsShown(dialog)).containsExactly("Resident", "Committee member (梅园社区)");
        assertThat(roles.committeeCommunities(person.id())).containsExactly(People.COMMUNITY_MEIYUAN);
        assertThat(toasts()).contains("Role granted: Committee member (梅园社区)");
        // the list names every role; unlike the dialog it does not promise an order
        assertThat(GridKt._getFormatted(accounts(), 0, "roles").split(", "))
                .containsExactlyInAnyOrder("Resident", "Committee member (梅园社区)");
    }

    @Test
    void granting_committee_without_a_community_shows_the_scope_error_next_to_the_community_field() {
        SignedInUser person = people.resident();
        AccountRolesDialog dialog = openRolesOf(person);
        chooseRole(Role.COMMITTEE);
        _click(_get(dialog, Button.class, s -> s.withText("Grant")));

        ComboBox<?> community = _get(ComboBox.class, s -> s.withLabel("Community"));
        assertThat(community.isInvalid()).isTrue();
        assertThat(community.getErrorMessage()).isEqualTo("A committee member belongs to a community: choose one.");
        assertThat(grantsShown(dialog)).containsExactly("Resident");
        assertThat(roles.committeeCommunities(person.id())).isEmpty();
    }

    @Test
    void revoking_a_role_asks_first_and_then_removes_it_from_the_dialog() {
        SignedInUser person = people.committeeOf(People.COMMUNITY_XINGFULI);
        AccountRolesDialog dialog = openRolesOf(person);
        assertThat(grantsShown(dialog)).containsExactly("Resident", "Committee member (幸福里社区)");

        _click(_get(dialog, Button.class, s -> s.withPredicate(
                b -> "Revoke Committee member (幸福里社区)".equals(b.getAriaLabel().orElse(null)))));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("header")).isEqualTo("Revoke Committee member (幸福里社区)?");
        assertThat(roles.committeeCommunities(person.id())).as("nothing changes before confirming").isNotEmpty();
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));
        MockVaadin.clientRoundtrip(false);

        assertThat(grantsShown(dialog)).containsExactly("Resident");
        assertThat(roles.committeeCommunities(person.id())).isEmpty();
        assertThat(toasts()).contains("Role revoked: Committee member (幸福里社区)");
    }

    /** Texts of the notifications shown, wherever Vaadin attached them (a toast opened from a dialog sits in the dialog). */
    private static List<String> toasts() {
        List<String> texts = new java.util.ArrayList<>();
        collectToasts(com.vaadin.flow.component.UI.getCurrent(), texts);
        return texts;
    }

    private static void collectToasts(com.vaadin.flow.component.Component component, List<String> texts) {
        if (component instanceof com.vaadin.flow.component.notification.Notification n && n.isOpened()) {
            texts.add(n.getElement().getProperty("text", ""));
        }
        component.getChildren().forEach(child -> collectToasts(child, texts));
    }

    private String newcomer() {
        String email = "newcomer" + System.nanoTime() + "@example.cn";
        accounts.register(new RegistrationForm(email, "Newcomer " + System.nanoTime(), "long-enough-1", "en"));
        TestMail.awaitMailTo(email);
        return email;
    }

    private boolean confirmed(String email) {
        return jdbc.sql("SELECT email_confirmed FROM account_user WHERE email = :e").param("e", email).query(Boolean.class).single();
    }

    private AccountRolesDialog openDialogOf(String email) {
        search(email);
        _click((Button) GridKt._getCellComponent(accounts(), 0, "actions"));
        return _get(AccountRolesDialog.class);
    }

    private static void confirmQuestion() {
        ConfirmDialog question = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void an_admin_confirms_a_newcomers_address_by_hand_after_a_question_and_is_told_so() {
        String email = newcomer();
        AccountRolesDialog dialog = openDialogOf(email);
        _click(_get(dialog, Button.class, s -> s.withText("Confirm address")));
        assertThat(confirmed(email)).as("nothing changes before the question is answered").isFalse();
        confirmQuestion();

        assertThat(confirmed(email)).isTrue();
        assertThat(toasts()).contains("Address confirmed: " + email);
        assertThat(_find(dialog, Button.class, s -> s.withText("Confirm address"))).as("nothing left to confirm").isEmpty();
    }

    @Test
    void an_admin_resends_the_confirmation_mail_and_is_told_where_it_went() throws Exception {
        String email = newcomer();
        AccountRolesDialog dialog = openDialogOf(email);
        _click(_get(dialog, Button.class, s -> s.withText("Resend confirmation")));
        confirmQuestion();

        assertThat(toasts()).contains("Confirmation mail sent to " + email);
        long deadline = System.currentTimeMillis() + 15_000;
        while (TestMail.mailsTo(email).size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(TestMail.mailsTo(email)).hasSize(2);
        assertThat(confirmed(email)).isFalse();
    }

    @Test
    void a_confirmed_address_offers_neither_resend_nor_confirm() {
        AccountRolesDialog dialog = openRolesOf(people.resident());
        assertThat(_find(dialog, Button.class, s -> s.withText("Confirm address"))).isEmpty();
        assertThat(_find(dialog, Button.class, s -> s.withText("Resend confirmation"))).isEmpty();
    }
}
