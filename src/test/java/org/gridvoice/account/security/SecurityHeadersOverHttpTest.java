package org.gridvoice.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser protections every answer carries: content policy, referrer and feature policies, cookie attributes. */
@GridVoiceTest
class SecurityHeadersOverHttpTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_page_carries_a_content_security_policy_a_referrer_policy_and_a_permissions_policy() throws Exception {
        for (String path : List.of("/", "/login", "/consultations", "/open-data/scorecards.csv?from=2026-01&to=2026-12")) {
            var response = get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path + " " + response.statusCode() + " " + headers.map()).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                            "form-action 'self'", "img-src 'self' data:", "connect-src 'self'")
                    .doesNotContain("*", "http:", "https:"));
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(p -> assertThat(p)
                    .contains("geolocation=(self)", "camera=()", "microphone=()", "payment=()"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var response = get("/login");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void a_session_id_in_the_address_is_ignored_and_never_written_into_a_redirect() throws Exception {
        var first = get("/login");
        String id = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        // a session id planted in a link (session fixation) must not be taken up
        var planted = get("/login;jsessionid=" + id);
        assertThat(planted.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID=" + id));
        if (planted.statusCode() == 200) {
            assertThat(planted.headers().allValues("Set-Cookie")).as("a new session, not the planted one")
                    .anyMatch(c -> c.startsWith("JSESSIONID="));
        }
        for (String path : List.of("/admin/places", "/my-office", "/logout", "/login?error")) {
            var response = get(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
        }
    }
}
