package org.gridvoice.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Failures of requests that are not Vaadin screens, as a browser sees them over real HTTP. */
@GridVoiceTest
class ErrorPagesOverHttpTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_bad_open_data_address_gets_a_friendly_page_in_the_browsers_language_without_internals() throws Exception {
        HttpResponse<String> english = get("/open-data/consultations/not-a-number/tallies.csv", "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Page not found", "Back to the home page")
                .doesNotContain("Whitelabel", "Exception", "not-a-number", "at org.");
        HttpResponse<String> chinese = get("/open-data/consultations/not-a-number/tallies.csv", "zh-CN,zh;q=0.9");
        assertThat(chinese.body()).contains("找不到页面", "返回首页").doesNotContain("Whitelabel", "Exception");
    }
}
