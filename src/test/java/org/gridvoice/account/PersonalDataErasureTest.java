package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridvoice.casework.CaseDetails;
import org.gridvoice.casework.CaseRoutingService;
import org.gridvoice.casework.CaseService;
import org.gridvoice.casework.RouteForm;
import org.gridvoice.discussion.CommentForm;
import org.gridvoice.discussion.DiscussionService;
import org.gridvoice.discussion.Stance;
import org.gridvoice.moderation.FlagForm;
import org.gridvoice.moderation.FlagReason;
import org.gridvoice.moderation.ModerationService;
import org.gridvoice.proposal.ProposalForm;
import org.gridvoice.proposal.ProposalService;
import org.gridvoice.proposal.ProposalStatus;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.shared.ContentRef;
import org.gridvoice.shared.i18n.Messages;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.gridvoice.voting.ResultService;
import org.gridvoice.voting.ResultVisibility;
import org.gridvoice.voting.VotingFixture;
import org.gridvoice.voting.VotingMethod;
import org.gridvoice.voting.VotingRulesForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasing an account (PIPL): afterwards no column of any table holds the person's name, contacts or
 * address; what they wrote stays under "a former resident" (or is withdrawn), the case they started
 * still reads with its words and no name, and their ballot stays counted.
 */
@GridVoiceTest
class PersonalDataErasureTest {

    @Autowired PhoneSignInService phoneSignIn;
    @Autowired VotingFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataService personalData;
    @Autowired AccountService accounts;
    @Autowired ProposalService proposals;
    @Autowired DiscussionService discussion;
    @Autowired ModerationService moderation;
    @Autowired RequestService requests;
    @Autowired CaseRoutingService routing;
    @Autowired CaseService cases;
    @Autowired ResultService results;
    @Autowired Messages messages;
    @Autowired RoleService roles;

    /** Unique strings for each personal field, and another for what the person wrote. */
    record Markers(String token, String name, String email, String phone, String building, String unit, String room, String words) {

        static Markers fresh() {
            String t = Long.toString(System.nanoTime(), 36);
            return new Markers(t, "名" + t + "n", "e" + t + "@privacy.test", "+86139" + String.format("%08d", System.nanoTime() % 100_000_000),
                    "楼" + t + "b", "单" + t + "u", "室" + t + "r", "言" + t + "w");
        }

        List<String> personal() {
            return List.of(token + "n", email, token + "@", phone, phone.substring(3), token + "b", token + "u", token + "r");
        }
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    private long environment() {
        return jdbc.sql("SELECT id FROM place_category WHERE code = 'environment'").query(Long.class).single();
    }

    private SignedInUser marked(SignedInUser user, Markers m) {
        jdbc.sql("UPDATE account_user SET display_name = :n, email = :e, phone = :p WHERE id = :id")
                .param("n", m.name()).param("e", m.email()).param("p", m.phone()).param("id", user.id()).update();
        jdbc.sql("UPDATE account_residency SET building = :b, unit = :u, room = :r WHERE user_id = :id")
                .param("b", m.building()).param("u", m.unit()).param("r", m.room()).param("id", user.id()).update();
        return new SignedInUser(user.id(), m.email(), m.name(), true, user.roles(), null);
    }

    /** Every text column of every table that contains the string, as "table.column". */
    private List<String> whereFound(String marker) {
        record Column(String tableName, String columnName) {
        }
        List<String> found = new ArrayList<>();
        for (Column c : jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')""")
                .query(Column.class).list()) {
            Long hits = jdbc.sql("SELECT COUNT(*) FROM `" + c.tableName() + "` WHERE INSTR(`" + c.columnName() + "`, :m) > 0")
                    .param("m", marker).query(Long.class).single();
            if (hits > 0) {
                found.add(c.tableName() + "." + c.columnName());
            }
        }
        return found;
    }

    @Test
    void after_erasure_no_table_holds_the_persons_name_contacts_or_address_and_what_they_wrote_reads_as_a_former_residents() {
        Markers m = Markers.fresh();
        fixture.threeProposalsOnTheBallot("隐私");
        SignedInUser subject = marked(fixture.voters[0], m);
        People.actAs(subject);
        Long mine = proposals.create(new ProposalForm(fixture.consultation, "提案" + m.words(), "正文" + m.words(), environment(), null, null, true));
        Long comment = discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, mine), null, "评论" + m.words(), Stance.FOR));
        proposals.endorse(fixture.b);
        People.actAs(fixture.voters[2]);
        proposals.endorse(mine);
        Long othersComment = discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, mine), null, "不同意", Stance.AGAINST));
        People.actAs(subject);
        moderation.flag(new FlagForm(new ContentRef(ContentRef.COMMENT, othersComment), FlagReason.OTHER, "举报人" + m.name()));
        Filed request = requests.file(new RequestForm(environment(), People.GRID_XINGFULI_1, "幸福路口" + m.words(), null, null,
                "路灯坏了" + m.words(), List.of(), true));
        accounts.requestPasswordReset(m.email());
        jdbc.sql("INSERT INTO account_login_throttle (throttle_key, failures, window_start) VALUES (:k, 1, NOW())")
                .param("k", "account:" + m.email()).update();
        jdbc.sql("""
                INSERT INTO shared_sms_outbox (phone, template, params, language, created_at, next_attempt_at)
                VALUES (:p, 'test', '[]', 'zh-CN', NOW(), NOW())""").param("p", m.phone()).update();
        phoneSignIn.requestSignInCode(m.phone(), "zh-CN");
        jdbc.sql("""
                INSERT INTO shared_dev_sms (phone, template, language, text, sent_at)
                VALUES (:p, 'LOGIN_CODE', 'zh-CN', '验证码 123456', NOW())""").param("p", m.phone()).update();

        fixture.open(new VotingRulesForm(VotingMethod.YES_NO_ABSTAIN, null, null, 0, 50, ResultVisibility.AFTER_CLOSE, true));
        fixture.vote(0, Map.of(mine, 1));
        fixture.vote(1, Map.of(mine, 1));
        fixture.closeEarly();
        People.actAs(fixture.committee);
        Long fromProposal = routing.route(mine, new RouteForm("请处理"));
        long ballots = jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", fixture.consultation)
                .query(Long.class).single();
        for (String marker : m.personal()) {
            if (!marker.startsWith("+")) {
                assertThat(whereFound(marker)).as("before erasure, " + marker).isNotEmpty();
            }
        }

        People.actAs(subject);
        personalData.eraseMyAccount(m.name(), false);
        People.signOut();

        for (String marker : m.personal()) {
            assertThat(whereFound(marker)).as("where " + marker + " survived").isEmpty();
        }
        assertThat(whereFound(m.words())).as("what the person wrote stays").contains("proposal.body", "discussion_comment.body",
                "casework_case.snap_body", "casework_snapshot_comment.body_html", "request.description");
        String formerResident = messages.get(LocaleContextHolder.getLocale(), "privacy.former-resident");
        assertThat(accounts.displayNames(List.of(subject.id()))).containsEntry(subject.id(), formerResident);
        assertThat(proposals.summaryOf(mine).authorName()).isEqualTo(formerResident);

        CaseDetails started = cases.details(fromProposal);
        assertThat(started.snapshot().bodyHtml()).contains(m.words());
        assertThat(started.snapshot().author()).isEmpty();
        assertThat(started.snapshot().comments()).anySatisfy(c -> {
            assertThat(c.bodyHtml()).contains(m.words());
            assertThat(c.author()).isEmpty();
        });
        CaseDetails filed = cases.details(request.caseId());
        assertThat(filed.snapshot().bodyHtml()).contains(m.words());
        assertThat(filed.snapshot().author()).isEmpty();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM voting_ballot WHERE consultation_id = :c").param("c", fixture.consultation)
                .query(Long.class).single()).as("ballots stay").isEqualTo(ballots);
        assertThat(results.result(fixture.consultation).orElseThrow().lines()).filteredOn(l -> l.proposalId().equals(mine))
                .singleElement().satisfies(l -> assertThat(l.yes()).isEqualTo(2));
        assertThat(jdbc.sql("SELECT disabled AND erased_at IS NOT NULL AND email IS NULL AND password_hash IS NULL FROM account_user WHERE id = :u")
                .param("u", subject.id()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_role_grant WHERE user_id = :u").param("u", subject.id()).query(Long.class).single())
                .isZero();
        assertThat(comment).isNotNull();
        People.actAs(people.admin());
        assertThatThrownBy(() -> roles.grant(subject.id(), new GrantForm(Role.COMMITTEE, People.COMMUNITY_XINGFULI, null)))
                .as("an erased account gets no role").isInstanceOf(InvalidInput.class).hasMessageContaining("privacy.error.erased");
    }

    @Test
    void withdrawing_contributions_takes_the_words_of_proposals_not_yet_voted_on_and_of_comments() {
        Markers m = Markers.fresh();
        fixture.threeProposalsOnTheBallot("撤回");
        SignedInUser subject = marked(fixture.voters[0], m);
        People.actAs(subject);
        Long mine = proposals.create(new ProposalForm(fixture.consultation, "提案" + m.words(), "正文" + m.words(), environment(), null,
                "地点" + m.words(), true));
        discussion.comment(new CommentForm(new ContentRef(ContentRef.PROPOSAL, fixture.a), null, "评论" + m.words(), Stance.FOR));
        assertThat(whereFound(m.words())).isNotEmpty();

        personalData.eraseMyAccount(" " + m.name() + " ", true);

        assertThat(whereFound(m.words())).as("where the withdrawn words survived").isEmpty();
        for (String marker : m.personal()) {
            assertThat(whereFound(marker)).as("where " + marker + " survived").isEmpty();
        }
        People.actAs(fixture.voters[1]);
        assertThat(proposals.summaryOf(mine).status()).isEqualTo(ProposalStatus.WITHDRAWN);
    }

    @Test
    void erasure_needs_the_display_name_typed_again_and_changes_nothing_otherwise() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(resident);
        assertThatThrownBy(() -> personalData.eraseMyAccount("someone else", false)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("privacy.error.confirmation");
        assertThat(jdbc.sql("SELECT erased_at IS NULL AND email IS NOT NULL FROM account_user WHERE id = :u").param("u", resident.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_download_has_every_section_with_what_the_person_wrote() {
        Markers m = Markers.fresh();
        fixture.threeProposalsOnTheBallot("下载");
        SignedInUser subject = marked(fixture.voters[0], m);
        People.actAs(subject);
        proposals.create(new ProposalForm(fixture.consultation, "提案" + m.words(), "正文" + m.words(), environment(), null, null, true));

        PersonalData data = personalData.myData();

        assertThat(data.sections()).extracting(PersonalDataSection::key).contains("privacy.section.account", "privacy.section.residency",
                "privacy.section.roles", "privacy.section.proposals", "privacy.section.endorsements", "privacy.section.comments",
                "privacy.section.cases", "privacy.section.requests", "privacy.section.photos", "privacy.section.notifications",
                "privacy.section.flags", "privacy.section.votes", "privacy.section.data-access");
        assertThat(data.sections().getFirst().items().getFirst()).containsEntry("email", m.email()).containsEntry("display_name", m.name());
        assertThat(data.sections()).filteredOn(s -> s.key().equals("privacy.section.residency")).singleElement()
                .satisfies(s -> assertThat(s.items().getFirst()).containsEntry("building", m.building()));
        assertThat(data.sections()).filteredOn(s -> s.key().equals("privacy.section.proposals")).singleElement()
                .satisfies(s -> assertThat(s.items().getFirst().get("body").toString()).contains(m.words()));
        assertThat(data.exportedAt()).isBefore(LocalDateTime.now().plusMinutes(1));
    }
}
