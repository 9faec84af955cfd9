package org.gridvoice.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridvoice.photo.Images;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident's request through a real Chromium at 375 px: she files it with two photos (one
 * carrying a GPS position in its EXIF) in English; a neighbour, in Chinese, is offered it as a
 * "me too" candidate and supports it; the case is with the office the responsibility list names;
 * the photos served carry no EXIF at all; the office (Chinese, desktop) resolves it with an "after"
 * photo; requester and supporter confirm on their phones and the case closes; the scorecard
 * filtered to residents' requests counts it.
 */
@GridVoiceTest
class RequestJourneyBrowserTest {

    private static final long XINGFULI_STATION = 1L;

    @LocalServerPort int port;
    @Autowired JourneyAccounts accounts;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void a_request_with_photos_gets_a_me_too_is_resolved_with_an_after_photo_confirmed_and_counted() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String requester = accounts.account("rq-requester" + run, "Requester Lin");
        accounts.resideIn(requester, People.GRID_XINGFULI_1);
        String neighbour = accounts.account("rq-neighbour" + run, "Neighbour Zhou");
        accounts.resideIn(neighbour, People.GRID_XINGFULI_1);
        String officer = accounts.account("rq-officer" + run, "Officer Pan");
        jdbc.sql("UPDATE account_user SET language = 'zh-CN' WHERE email IN (:e)").param("e", List.of(neighbour, officer)).update();
        Long officerId = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", officer).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, office_id, granted_at) VALUES (:u, 'OFFICER', :o, NOW())")
                .param("u", officerId).param("o", XINGFULI_STATION).update();

        Path withGps = dir.resolve("stairwell.jpg");
        Files.write(withGps, Images.withExif(Images.jpeg(1200, 900), 1));
        Path plain = dir.resolve("boxes.jpg");
        Files.write(plain, Images.jpeg(900, 1200));
        Path after = dir.resolve("cleared.jpg");
        Files.write(after, Images.jpeg(1000, 750));
        String words = "3 号楼 2 单元楼道堆满纸箱，挡住了消防通道。" + run;

        try (Browser phone = new Browser(port, "en"); Browser zh = new Browser(port, "zh-CN"); Browser desk = new Browser(port, "zh-CN")) {
            String rowBefore = requestsScorecardRow(desk);

            // 1. The requester files on her phone, with two photos and a typed point.
            phone.signIn(requester, JourneyAccounts.PASSWORD);
            phone.width(375);
            phone.open("requests/new");
            phone.waitForText("main h2", "File a request");
            phone.pick(phone.field("vaadin-select", "Category"), "Environment and sanitation");
            phone.type(phone.field("vaadin-text-field", "Address"), "幸福里 3 号楼 2 单元楼道");
            phone.type(phone.field("vaadin-big-decimal-field", "Latitude"), "31.230416");
            phone.type(phone.field("vaadin-big-decimal-field", "Longitude"), "121.473701");
            phone.type(phone.field("vaadin-text-area", "What is wrong"), words);
            phone.upload(phone.waitFor(org.openqa.selenium.By.cssSelector("main .gv-photo-picker")), 2, withGps, plain);
            phone.screenshot("request-01-filing-375");
            phone.click(phone.byText("vaadin-button", "Submit the request"));
            phone.waitForText("vaadin-notification-card", "Your request was filed as case");
            Long caseId = jdbc.sql("SELECT case_id FROM request WHERE description = :d").param("d", words).query(Long.class).single();
            assertThat(jdbc.sql("SELECT office_id FROM casework_case WHERE id = :id").param("id", caseId).query(Long.class).single())
                    .as("environment in 幸福里第一网格 → the list names 幸福里网格站").isEqualTo(XINGFULI_STATION);
            phone.waitForText("#case-residents-words", words);
            phone.waitForText("#case-standing p", "幸福里网格站");
            phone.screenshot("request-02-case-375");

            // 2. The photos as anyone is served them: re-encoded, no EXIF, no GPS, no camera.
            List<Long> photos = jdbc.sql("SELECT id FROM photo WHERE owner_kind = 'CASE' AND owner_id = :c ORDER BY position")
                    .param("c", caseId).query(Long.class).list();
            assertThat(photos).hasSize(2);
            HttpClient http = HttpClient.newHttpClient();
            for (Long photo : photos) {
                HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/photos/" + photo
                        + "/display")).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(served.statusCode()).isEqualTo(200);
                assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
                assertThat(Images.hasApp1(served.body())).as("no EXIF block").isFalse();
                assertThat(Images.contains(served.body(), Images.CAMERA_MAKE)).isFalse();
                assertThat(Images.contains(served.body(), "Exif")).isFalse();
            }

            // 3. A neighbour, in Chinese, is offered it while filing the same thing 30 m away, and says "me too".
            zh.signIn(neighbour, JourneyAccounts.PASSWORD);
            zh.width(375);
            zh.open("requests/new");
            zh.pick(zh.field("vaadin-select", "类别"), "环境卫生");
            zh.type(zh.field("vaadin-big-decimal-field", "纬度"), "31.230686");
            zh.type(zh.field("vaadin-big-decimal-field", "经度"), "121.473701");
            zh.waitForText("#me-too", words.substring(0, 20));
            zh.screenshot("request-03-me-too-375");
            zh.click(zh.until(d -> (org.openqa.selenium.WebElement) zh.js("""
                    const item = Array.from(document.querySelectorAll('#me-too [role=listitem]')).find(i => i.textContent.includes(arguments[0]));
                    return item ? item.querySelector('vaadin-button') : null;""", words.substring(0, 20))));
            zh.waitForText("vaadin-notification-card", "您已同诉这条诉求");
            zh.waitForText("#case-snapshot", "另有 1 位居民表示“同诉”");

            // 4. The office accepts and resolves it with an "after" photo.
            desk.signIn(officer, JourneyAccounts.PASSWORD);
            desk.open("cases/" + caseId);
            desk.click(desk.byText("vaadin-button", "受理工单"));
            desk.click(desk.byText("vaadin-button[slot='confirm-button']", "受理工单"));
            desk.waitForText("#case-timeline", "受理了工单");
            desk.click(desk.byText("vaadin-button", "标记办结"));
            desk.type(desk.field("vaadin-text-area", "办理结果（公开）"), "楼道纸箱已清理，消防通道畅通。");
            desk.upload(desk.waitFor(org.openqa.selenium.By.cssSelector("#step-photos-after .gv-photo-picker")), 1, after);
            desk.click(desk.byText("vaadin-button", "确认办结"));
            desk.waitForText("#case-timeline", "楼道纸箱已清理");
            desk.waitForText("#case-timeline", "处理后");
            desk.screenshot("request-04-resolved-with-after-photo-1280");

            // 5. Requester and supporter confirm on their phones; the case closes.
            phone.open("cases/" + caseId);
            phone.waitForText("#case-feedback h3", "Is it resolved?");
            phone.clickRadio("Resolved");
            phone.clickRadio("Satisfied");
            phone.click(phone.byText("vaadin-button", "Send my answer"));
            phone.waitForText("vaadin-notification-card", "Your answer is recorded.");
            zh.open("cases/" + caseId);
            zh.waitForText("#case-feedback h3", "问题解决了吗？");
            zh.clickRadio("解决");
            zh.clickRadio("基本满意");
            zh.click(zh.byText("vaadin-button", "提交"));
            zh.waitForText("main span", "已关闭");
            zh.screenshot("request-05-closed-375");
            // the public list shows it closed, with the neighbour's "me too"
            zh.open("requests");
            zh.waitForGridText(words.substring(0, 12));
            zh.screenshot("request-07-list-375");
            desk.open("requests");
            desk.waitForGridText(words.substring(0, 12));
            desk.screenshot("request-08-list-1280");

            // 6. The office's scorecard, filtered to residents' requests, counts it.
            assertThat(requestsScorecardRow(desk)).as("the requests' scorecard counts the office's closed case").isNotEqualTo(rowBefore);
            desk.screenshot("request-06-scorecard-requests-1280");
        }
        assertThat(jdbc.sql("SELECT status FROM casework_case WHERE snap_body = :w").param("w", words).query(String.class).single())
                .isEqualTo("CLOSED");
    }

    /** The office's row in this month's scorecards filtered to residents' requests ("" while it has none). */
    private static String requestsScorecardRow(Browser desk) {
        desk.open("scorecards");
        desk.pick(desk.waitFor(org.openqa.selenium.By.id("scorecard-source")), "居民诉求");
        desk.waitForText("#scorecard-offices", "部门");
        return String.valueOf(desk.js("""
                const row = Array.from(document.querySelectorAll('#scorecard-offices tbody tr')).find(tr => tr.textContent.includes('幸福里网格站'));
                return row ? row.textContent : '';"""));
    }
}
