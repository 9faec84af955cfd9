package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The JSON download is a real file, of the signed-in user's own data only. */
@GridVoiceTest
class MyDataDownloadOverHttpTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_signed_in_resident_downloads_a_json_file_of_their_data_and_a_visitor_gets_none() throws Exception {
        assertThat(get("/me/data.json").statusCode()).as("a visitor is sent to sign in").isEqualTo(302);
        String email = "mydata" + System.nanoTime() + "@example.cn";
        Long id = jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:e, :h, '下载者', 'zh-CN', 'IMMEDIATE', TRUE, NOW()) RETURNING id""")
                .param("e", email).param("h", passwordEncoder.encode("right-password")).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'RESIDENT', NOW())").param("u", id).update();
        get("/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=right-password";
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> file = get("/me/data.json");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("gridvoice-my-data.json");
        assertThat(file.body()).contains("\"" + email + "\"", "下载者", "privacy.section.account", "privacy.section.proposals",
                "privacy.section.residency");
    }
}
