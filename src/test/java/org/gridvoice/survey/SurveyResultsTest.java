package org.gridvoice.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@GridVoiceTest
class SurveyResultsTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyFixture fixture;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    /** Three residents online and one anonymous paper form; returns the residents. */
    private List<SignedInUser> answer(Long id, List<Long> q) {
        List<SignedInUser> residents = new ArrayList<>();
        List<ResponseForm> forms = List.of(
                SurveyFixture.answers(q, 0, List.of(0, 1), 4, "停车难", null, List.of(0, 2)),
                SurveyFixture.answers(q, 0, List.of(1), 2, null, "多种树", List.of(1, 2)),
                SurveyFixture.answers(q, 2, null, null, "加装电梯", null, List.of(2, 2)));
        for (ResponseForm form : forms) {
            SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
            People.actAs(resident);
            surveys.respond(id, null, form);
            residents.add(resident);
        }
        People.actAs(fixture.committee());
        surveys.enterAnonymousPaper(id, SurveyFixture.minimal(q));
        People.signOut();
        return residents;
    }

    @Test
    void the_results_count_what_was_answered_per_question_type_as_plain_sql_does() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        answer(id, q);
        People.actAs(fixture.committee());
        SurveyResults results = surveys.results(id).orElseThrow();
        assertThat(results.responses()).isEqualTo(4);
        assertThat(results.byChannel()).containsEntry(ResponseChannel.ONLINE, 3).containsEntry(ResponseChannel.PAPER_ANONYMOUS, 1)
                .containsEntry(ResponseChannel.ONLINE_ANONYMOUS, 0);
        assertThat(results.published()).isFalse();
        List<QuestionResult> r = results.questions();
        assertThat(r).extracting(QuestionResult::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.get(0).counts()).containsExactly(3, 0, 1);
        assertThat(r.get(0).labels()).containsExactly("不到一年", "一到五年", "五年以上");
        assertThat(r.get(0).answered()).isEqualTo(4);
        assertThat(r.get(1).counts()).containsExactly(1, 2, 0, 0);
        assertThat(r.get(1).answered()).isEqualTo(2);
        assertThat(r.get(2).counts()).containsExactly(0, 1, 0, 1, 0);
        assertThat(r.get(2).mean()).isEqualTo(3.0);
        assertThat(r.get(3).textAnswers()).isEqualTo(2);
        assertThat(r.get(3).shownTexts()).isZero();
        assertThat(r.get(4).textAnswers()).isEqualTo(1);
        assertThat(r.get(5).rows()).containsExactly("保洁", "保安");
        assertThat(r.get(5).matrix()).containsExactly(List.of(2, 1, 1), List.of(0, 1, 3));
        assertThat(r.get(5).answered()).isEqualTo(4);
        for (int i : new int[] {0, 1}) {
            for (int option = 0; option < r.get(i).counts().size(); option++) {
                assertThat(r.get(i).counts().get(option)).isEqualTo(sql(
                        "SELECT COUNT(DISTINCT response_id) FROM survey_answer WHERE question_id = " + q.get(i) + " AND value = " + option));
            }
        }
        assertThat(r.get(2).mean()).isEqualTo(jdbc.sql("SELECT AVG(value) FROM survey_answer WHERE question_id = :q").param("q", q.get(2))
                .query(Double.class).single());
        assertThat(r.get(5).matrix().get(1).get(2)).isEqualTo(sql(
                "SELECT COUNT(*) FROM survey_answer WHERE question_id = " + q.get(5) + " AND row_index = 1 AND value = 2"));
    }

    @Test
    void results_take_the_same_few_statements_however_many_responses() {
        Long small = fixture.open(SurveyAudience.RESIDENTS, true);
        Long big = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> qs = fixture.questions(small);
        List<Long> qb = fixture.questions(big);
        People.actAs(fixture.committee());
        surveys.enterAnonymousPaper(small, SurveyFixture.minimal(qs));
        for (int i = 0; i < 40; i++) {
            surveys.enterAnonymousPaper(big, SurveyFixture.answers(qb, i % 3, List.of(i % 4), 1 + i % 5, "意见" + i, null, List.of(i % 3, 0)));
        }
        long few = statements(() -> surveys.results(small));
        long many = statements(() -> surveys.results(big));
        assertThat(surveys.results(big).orElseThrow().responses()).isEqualTo(40);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
    }

    @Test
    void results_are_the_committee_s_while_open_and_everyone_s_after_the_close_only_when_published() {
        Long published = fixture.open(SurveyAudience.RESIDENTS, true);
        Long kept = fixture.open(SurveyAudience.RESIDENTS, false);
        answer(published, fixture.questions(published));
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        People.actAs(resident);
        assertThat(surveys.results(published)).isEmpty();
        People.actAs(fixture.committee());
        assertThat(surveys.results(published)).isPresent();
        assertThat(surveys.results(kept)).isPresent();
        surveys.closeNow(published);
        surveys.closeNow(kept);
        People.signOut();
        SurveyResults open = surveys.results(published).orElseThrow();
        assertThat(open.published()).isTrue();
        assertThat(open.status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(open.responses()).isEqualTo(4);
        assertThat(surveys.results(kept)).isEmpty();
        People.actAs(resident);
        assertThat(surveys.results(kept)).isEmpty();
        assertThatThrownBy(() -> surveys.writeCsv(kept, new StringWriter(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        People.actAs(fixture.committee());
        assertThat(surveys.results(kept)).isPresent();
        assertThat(surveys.details(kept).publishResults()).isFalse();
    }

    @Test
    void free_text_is_shown_with_the_results_only_once_the_committee_shows_it() {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        answer(id, q);
        SignedInUser committee = fixture.committee();
        People.actAs(committee);
        List<FreeTextAnswer> texts = surveys.freeText(q.get(3), null, PageRequest.of(0, 10)).getContent();
        assertThat(texts).extracting(FreeTextAnswer::text).containsExactly("停车难", "加装电梯");
        assertThat(texts).extracting(FreeTextAnswer::moderation).containsOnly(TextModeration.PENDING);
        surveys.closeNow(id);
        People.signOut();
        assertThat(surveys.freeText(q.get(3), null, PageRequest.of(0, 10)).getContent()).isEmpty();

        People.actAs(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        assertThatThrownBy(() -> surveys.moderate(texts.get(0).id(), TextModeration.SHOWN)).isInstanceOf(AccessDeniedException.class);
        People.actAs(people.committeeOf(People.COMMUNITY_MEIYUAN));
        assertThatThrownBy(() -> surveys.moderate(texts.get(0).id(), TextModeration.SHOWN)).isInstanceOf(AccessDeniedException.class);
        People.actAs(committee);
        surveys.moderate(texts.get(0).id(), TextModeration.SHOWN);
        surveys.moderate(texts.get(1).id(), TextModeration.HIDDEN);
        Long choiceAnswer = jdbc.sql("SELECT MIN(id) FROM survey_answer WHERE question_id = :q").param("q", q.get(0)).query(Long.class).single();
        assertThatThrownBy(() -> surveys.moderate(choiceAnswer, TextModeration.SHOWN))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.concerns(null, "survey.error.not-text")).isTrue());
        assertThat(surveys.freeText(q.get(3), TextModeration.HIDDEN, PageRequest.of(0, 10)).getContent())
                .extracting(FreeTextAnswer::text).containsExactly("加装电梯");
        assertThat(surveys.results(id).orElseThrow().questions().get(3).shownTexts()).isEqualTo(1);

        People.signOut();
        assertThat(surveys.freeText(q.get(3), null, PageRequest.of(0, 10)).getContent()).extracting(FreeTextAnswer::text)
                .containsExactly("停车难");
        People.actAs(committee);
        surveys.moderate(texts.get(0).id(), TextModeration.HIDDEN);
        People.signOut();
        assertThat(surveys.freeText(q.get(3), null, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void the_csv_over_http_agrees_with_the_results_and_names_nobody() throws Exception {
        Long id = fixture.open(SurveyAudience.RESIDENTS, true);
        List<Long> q = fixture.questions(id);
        List<SignedInUser> residents = answer(id, q);
        SignedInUser committee = fixture.committee();
        People.actAs(committee);
        FreeTextAnswer parking = surveys.freeText(q.get(3), null, PageRequest.of(0, 10)).getContent().getFirst();
        surveys.moderate(parking.id(), TextModeration.SHOWN);
        assertThat(get("/surveys/" + id + "/responses.csv", "en").statusCode()).as("not public while open").isEqualTo(403);
        surveys.closeNow(id);
        People.signOut();
        SurveyResults results = surveys.results(id).orElseThrow();

        HttpResponse<String> response = get("/surveys/" + id + "/responses.csv", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String body = response.body();
        List<CSVRecord> rows = parse(body);
        assertThat(rows).hasSize(results.responses());
        assertThat(rows.getFirst().toMap().keySet()).startsWith("Response", "Channel", "Day", "Q1 你住在小区多久了？");
        assertThat(rows).extracting(row -> row.get("Response")).containsExactly("1", "2", "3", "4");
        assertThat(rows).extracting(row -> row.get("Channel")).containsExactly("online", "online", "online", "paper_anonymous");
        QuestionResult first = results.questions().getFirst();
        for (int option = 0; option < first.labels().size(); option++) {
            String label = first.labels().get(option);
            assertThat(rows.stream().filter(row -> row.get(3).equals(label)).count()).isEqualTo(first.counts().get(option).longValue());
        }
        QuestionResult picks = results.questions().get(1);
        for (int option = 0; option < picks.labels().size(); option++) {
            String label = picks.labels().get(option);
            assertThat(rows.stream().filter(row -> List.of(row.get(4).split("; ")).contains(label)).count()).isEqualTo(picks.counts().get(option).longValue());
        }
        assertThat(rows).extracting(row -> row.get(5)).containsExactly("4", "2", "", "");
        assertThat(rows).extracting(row -> row.get(6)).as("only the text the committee showed").containsExactly("停车难", "", "", "");
        QuestionResult matrix = results.questions().get(5);
        Map<String, Integer> cleaning = new HashMap<>();
        rows.forEach(row -> cleaning.merge(row.get(8), 1, Integer::sum));
        for (int column = 0; column < matrix.labels().size(); column++) {
            assertThat(cleaning.getOrDefault(matrix.labels().get(column), 0)).isEqualTo(matrix.matrix().get(0).get(column));
        }
        assertThat(rows.getFirst().toMap().keySet()).contains("Q6 请为以下方面打分: 保洁", "Q6 请为以下方面打分: 保安");
        List<String> refs = jdbc.sql("SELECT respondent_ref FROM survey_response WHERE survey_id = :s AND respondent_ref IS NOT NULL")
                .param("s", id).query(String.class).list();
        assertThat(refs).hasSize(3);
        for (SignedInUser resident : residents) {
            assertThat(body).doesNotContain(resident.email()).doesNotContain(resident.displayName());
        }
        refs.forEach(ref -> assertThat(body).doesNotContain(ref));
        assertThat(body).doesNotContain(committee.email());

        assertThat(parse(get("/surveys/" + id + "/responses.csv", "zh-CN").body()).getFirst().toMap().keySet())
                .startsWith("答卷", "渠道", "日期");
        assertThat(parse(get("/surveys/" + id + "/responses.csv?lang=zh-CN", "en").body()).getFirst().toMap().keySet())
                .as("the screen's language wins over the browser's").startsWith("答卷", "渠道", "日期");
        assertThat(get("/surveys/999999999/responses.csv", "en").statusCode()).isEqualTo(404);
        Long kept = fixture.open(SurveyAudience.RESIDENTS, false);
        People.actAs(committee);
        surveys.closeNow(kept);
        People.signOut();
        assertThat(get("/surveys/" + kept + "/responses.csv", "en").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<CSVRecord> parse(String body) throws Exception {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private int sql(String query) {
        return jdbc.sql(query).query(Integer.class).single();
    }

    /** Statements the server answered for the call, on the call's own connection (session counter). */
    private long statements(Supplier<Object> call) {
        return tx.execute(s -> {
            long before = questions();
            call.get();
            return questions() - before - 1;
        });
    }

    private long questions() {
        return Long.parseLong(String.valueOf(jdbc.sql("SHOW SESSION STATUS LIKE 'Questions'").query().singleRow().get("Value")));
    }
}
