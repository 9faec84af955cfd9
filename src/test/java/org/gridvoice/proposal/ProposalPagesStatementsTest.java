package org.gridvoice.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.consultation.ConsultationForm;
import org.gridvoice.consultation.ConsultationService;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.CommentThread;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The busiest pages read what they show in a bounded number of statements, whoever reads and however long the page:
 * counted by the database server on the connection the calls use (so plain JDBC counts as well as JPA).
 */
@GridVoiceTest
class ProposalPagesStatementsTest {

    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired ConsultationService consultations;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    private Long consultation;
    private SignedInUser committee;
    private SignedInUser shy;
    private SignedInUser erased;
    private Long busy;

    private record Counted<T>(T result, long statements) {
    }

    @BeforeEach
    void aConsultationWithTwelveProposalsAndADiscussion() {
        long environment = jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
        committee = people.committeeOf(People.COMMUNITY_XINGFULI);
        People.actAs(committee);
        LocalDateTime open = LocalDateTime.now().minusHours(1);
        consultation = consultations.create(new ConsultationForm(People.COMMUNITY_XINGFULI, "语句数" + System.nanoTime(), "说明",
                true, Set.of(), Set.of(environment), open, open.plusDays(14), open.plusDays(21), open.plusDays(28), 3));
        consultations.publish(consultation);
        shy = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        erased = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SignedInUser author = i % 3 == 0 ? shy : i % 3 == 1 ? erased : people.verifiedResidentOf(People.GRID_XINGFULI_1);
            People.actAs(author);
            Long id = proposals.create(new ProposalForm(consultation, "提案" + i, "内容 " + i, environment, null, null));
            proposals.showAuthorName(id, i % 3 != 0);
            ids.add(id);
        }
        busy = ids.get(1);
        ContentRef target = new ContentRef(ContentRef.PROPOSAL, busy);
        for (int t = 0; t < 15; t++) {
            People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
            Long root = discussion.comment(new CommentForm(target, null, "意见 " + t, null));
            for (int r = 0; r < t % 4; r++) {
                People.actAs(erased);
                discussion.comment(new CommentForm(target, root, "回复 " + r, null));
            }
        }
        jdbc.sql("UPDATE account_user SET erased_at = NOW(6) WHERE id = :u").param("u", erased.id()).update();
        People.signOut();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** Runs the call on one connection and asks the server how many statements that connection ran meanwhile. */
    private <T> Counted<T> counted(Supplier<T> call) {
        return transaction.execute(status -> {
            long before = questions();
            T result = call.get();
            return new Counted<>(result, questions() - before - 1);
        });
    }

    private long questions() {
        return Long.parseLong(String.valueOf(jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'").query().singleRow().get("Value")));
    }

    @Test
    void a_page_of_the_proposal_list_is_one_statement_for_a_visitor_and_for_the_committee_whatever_its_length() {
        Counted<Slice<ProposalSummary>> five = counted(() -> proposals.list(consultation, ProposalFilter.current(), ProposalSort.NEWEST,
                PageRequest.of(0, 5)));
        Counted<Slice<ProposalSummary>> all = counted(() -> proposals.list(consultation, ProposalFilter.current(), ProposalSort.NEWEST,
                PageRequest.of(0, 50)));
        assertThat(five.result().getContent()).hasSize(5);
        assertThat(five.result().hasNext()).isTrue();
        assertThat(all.result().getContent()).hasSize(12);
        assertThat(five.statements()).isEqualTo(1);
        assertThat(all.statements()).isEqualTo(1);
        // a visitor reads the names authors show; the shy author's name is kept from them; an erased author is a former resident
        assertThat(all.result().getContent()).allSatisfy(p -> {
            if (p.authorId().equals(shy.id())) {
                assertThat(p.authorName()).isNull();
            } else if (p.authorId().equals(erased.id())) {
                assertThat(p.authorName()).isIn("已注销的居民", "a former resident");
            } else {
                assertThat(p.authorName()).isNotBlank();
            }
            assertThat(p.gridName()).isNotBlank();
        });

        People.actAs(committee);
        Counted<Slice<ProposalSummary>> moderated = counted(() -> proposals.list(consultation, ProposalFilter.current(),
                ProposalSort.MOST_ENDORSED, PageRequest.of(0, 50)));
        assertThat(moderated.statements()).isEqualTo(1);
        assertThat(moderated.result().getContent()).filteredOn(p -> p.authorId().equals(shy.id()))
                .as("the committee moderates: it reads every author's name").allSatisfy(p -> assertThat(p.authorName()).isEqualTo(shy.displayName()));
    }

    @Test
    void a_proposal_page_with_its_first_discussion_page_is_three_statements_at_most_whatever_the_replies() {
        ContentRef target = new ContentRef(ContentRef.PROPOSAL, busy);
        Counted<ProposalDetails> details = counted(() -> proposals.details(busy));
        Counted<Page<CommentThread>> small = counted(() -> discussion.thread(target, PageRequest.of(0, 3)));
        Counted<Page<CommentThread>> large = counted(() -> discussion.thread(target, PageRequest.of(0, 15)));
        assertThat(details.statements() + large.statements()).isLessThanOrEqualTo(3);
        assertThat(small.statements()).isEqualTo(large.statements());
        assertThat(large.result().getTotalElements()).isEqualTo(15);
        assertThat(small.result().getTotalElements()).as("the count comes with any page").isEqualTo(15);
        assertThat(large.result().getContent().stream().mapToInt(t -> t.replies().size()).sum()).isEqualTo(21);
        assertThat(large.result().getContent().get(3).replies()).hasSize(3)
                .allSatisfy(reply -> assertThat(reply.authorName()).as("replies by the erased account").isIn("已注销的居民", "a former resident"));
        assertThat(details.result().summary().gridName()).isNotBlank();
        assertThat(details.result().endorseRefusal()).isEqualTo("proposal.error.sign-in");

        // signed in, the page also says whether the reader may endorse: still the same statements
        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        Counted<ProposalDetails> neighbour = counted(() -> proposals.details(busy));
        assertThat(neighbour.result().endorsable()).as("a verified resident of the community").isTrue();
        assertThat(neighbour.statements()).isEqualTo(details.statements());
        People.actAs(people.verifiedResidentOf(5L));
        Counted<ProposalDetails> elsewhere = counted(() -> proposals.details(busy));
        assertThat(elsewhere.result().endorseRefusal()).as("a resident of another community").isEqualTo("proposal.error.not-eligible");
        assertThat(elsewhere.statements()).isEqualTo(details.statements());
        People.actAs(people.resident());
        assertThat(proposals.details(busy).endorseRefusal()).as("not verified").isEqualTo("proposal.error.not-eligible");
    }
}
