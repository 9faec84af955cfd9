package org.gridvoice.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.proposal.MergeCandidate;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalMergeService;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** "Show my name publicly": who reads the author's name where; and the committee's merge dialog. */
class ProposalAuthorNameScreensTest extends ViewTest {

    @Autowired ProposalService proposals;
    @Autowired ConsultationService consultations;
    @Autowired VotingFixture fixture;
    @Autowired ProposalMergeService merges;
    @Autowired JdbcClient jdbc;

    private Long consultation;
    private long environment;
    private SignedInUser committee;

    @BeforeEach
    void openConsultationForGridsOneAndTwo() {
        environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "署名 " + System.nanoTime(), "说明",
                false, Set.of(1L, 2L), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 2));
        consultations.publish(consultation);
        People.signOut();
    }

    private Long post(SignedInUser author, String title, boolean showName) {
        People.actAs(author);
        Long id = proposals.create(new ProposalForm(consultation, title, "内容", environment, null, null, showName));
        People.signOut();
        return id;
    }

    @Test
    void a_hidden_name_reads_a_resident_for_visitors_and_neighbours_and_is_marked_for_the_author_and_the_committee() {
        SignedInUser author = people.verifiedResidentOf(1L);
        SignedInUser open = people.verifiedResidentOf(2L);
        Long hidden = post(author, "东门路灯不亮", false);
        Long shown = post(open, "北门垃圾桶", true);
        inEnglish();

        SignedInUser neighbour = people.verifiedResidentOf(1L);
        for (SignedInUser reader : new SignedInUser[] {null, neighbour}) {
            if (reader == null) {
                People.signOut();
            } else {
                signIn(reader);
            }
            navigate("consultations/" + consultation + "/proposals");
            assertThat(authors()).containsEntry(hidden, "a resident").containsEntry(shown, open.displayName());
            navigate("proposals/" + hidden);
            assertThat(paragraphs()).contains("Proposed by a resident").noneMatch(p -> p.contains(author.displayName()));
            assertThat(_find(Checkbox.class, s -> s.withLabel("Show my name publicly"))).as("the author's choice only").isEmpty();
            assertThat(proposals.summaryOf(hidden).authorName()).isNull();
        }

        for (SignedInUser reader : List.of(author, committee)) {
            signIn(reader);
            navigate("consultations/" + consultation + "/proposals");
            assertThat(authors()).containsEntry(hidden, author.displayName() + " (name not shown publicly)");
            navigate("proposals/" + hidden);
            assertThat(paragraphs()).contains("Proposed by " + author.displayName() + " (name not shown publicly)");
        }

        signIn(neighbour);
        assertThatThrownBy(() -> proposals.showAuthorName(hidden, true)).isInstanceOf(AccessDeniedException.class);
        signIn(author);
        navigate("proposals/" + hidden);
        _get(Checkbox.class, s -> s.withLabel("Show my name publicly")).setValue(true);
        People.signOut();
        assertThat(proposals.summaryOf(hidden).authorName()).as("the author changed their mind").isEqualTo(author.displayName());
    }

    @Test
    void a_new_proposal_keeps_the_name_from_the_public_unless_the_author_ticks_the_box() {
        inEnglish();
        signIn(people.verifiedResidentOf(2L));
        navigate("consultations/" + consultation + "/proposals/editor");
        assertThat(_get(ProposalFormFields.class).showName.getValue()).isFalse();
        assertThat(_get(ProposalFormFields.class).showName.getLabel()).isEqualTo("Show my name publicly");
        assertThat(jdbc.sql("""
                SELECT COLUMN_DEFAULT FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'proposal' AND COLUMN_NAME = 'author_shown'""")
                .query(String.class).single()).as("rows written without the choice (V39 set TRUE on the older ones)").isEqualTo("0");
    }

    @Test
    void the_ballot_and_the_result_page_never_name_an_author_who_keeps_their_name() {
        fixture.threeProposalsOnTheBallot("署名投票");
        String authorName = jdbc.sql("SELECT u.display_name FROM proposal p JOIN account_user u ON u.id = p.author_id WHERE p.id = :p")
                .param("p", fixture.a).query(String.class).single();
        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, false));
        inEnglish();
        signIn(fixture.voters[2]);
        navigate("consultations/" + fixture.consultation + "/voting");
        assertThat(page()).contains("a resident").doesNotContain(authorName);

        fixture.vote(0, Map.of(fixture.a, 1, fixture.b, -1));
        fixture.vote(2, Map.of(fixture.a, 1));
        fixture.closeEarly();
        for (SignedInUser reader : new SignedInUser[] {null, fixture.voters[2]}) {
            if (reader == null) {
                People.signOut();
            } else {
                signIn(reader);
            }
            navigate("consultations/" + fixture.consultation + "/voting");
            assertThat(page()).contains("甲").doesNotContain(authorName);
            navigate("proposals/" + fixture.a);
            assertThat(paragraphs()).contains("Proposed by a resident");
        }
    }

    @Test
    void the_committee_merges_through_a_confirmation_dialog_and_the_merged_page_links_to_the_survivor() {
        SignedInUser author = people.verifiedResidentOf(1L);
        Long survivor = post(author, "东门路灯不亮", true);
        Long duplicate = post(people.verifiedResidentOf(2L), "东门的路灯坏了", false);
        inEnglish();

        signIn(author);
        navigate("proposals/" + duplicate);
        assertThat(_find(Button.class, s -> s.withText("Merge into another proposal…"))).as("the committee's only").isEmpty();

        signIn(committee);
        navigate("proposals/" + duplicate);
        _click(_get(Button.class, s -> s.withText("Merge into another proposal…")));
        MergeDialog dialog = _get(MergeDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.survivor.isInvalid()).as("nothing chosen: nothing merged").isTrue();
        List<MergeCandidate> offered = merges.candidates(duplicate, "路灯", 0, 50);
        assertThat(offered).extracting(MergeCandidate::id).containsExactly(survivor);
        dialog.survivor.setValue(offered.getFirst());
        _click(dialog.confirm);

        assertThat(_get(StatusBadge.class).getText()).isEqualTo("Merged");
        RouterLink toSurvivor = _get(RouterLink.class, s -> s.withText("东门路灯不亮"));
        assertThat(toSurvivor.getHref()).isEqualTo("proposals/" + survivor);
        Button merge = _get(Button.class, s -> s.withText("Merge into another proposal…"));
        assertThat(merge.isEnabled()).isFalse();
        assertThat(merge.getTooltip().getText()).isEqualTo("This proposal was merged already.");
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> authors() {
        ProposalGrid grid = _get(ProposalGrid.class);
        Map<Long, String> byId = new java.util.HashMap<>();
        List<ProposalSummary> rows = GridKt._fetch(grid, 0, 50);
        for (int i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i).id(), GridKt._getFormatted(grid, i, "author"));
        }
        return byId;
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    /** Every text on the screen, with where it is, for looking for a name anywhere. */
    private static String page() {
        StringBuilder text = new StringBuilder(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).append('\n');
        for (com.vaadin.flow.component.Component c : _find(com.vaadin.flow.component.Component.class)) {
            text.append(c.getElement().getText()).append(' ');
            if (c instanceof com.vaadin.flow.component.Html html) {
                text.append(html.getInnerHtml()).append(' ');
            }
        }
        return text.toString();
    }
}
