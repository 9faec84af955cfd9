package org.gridvoice.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Photos as a browser fetches them: real HTTP against the running app, signed in or not. */
@GridVoiceTest
class PhotoOverHttpTest {

    @LocalServerPort int port;
    @Autowired PhotoService photos;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;
    @TempDir Path dir;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private PhotoRef photo(Long uploader) throws IOException {
        return photos.accept(Files.write(dir.resolve(System.nanoTime() + ".jpg"), Images.withExif(Images.jpeg(800, 600), 1)), uploader);
    }

    /** A confirmed account signed in through the login form; returns its id and the signed-in client. */
    private record Browser(long userId, HttpClient http) {
    }

    private Browser signedIn() throws Exception {
        String email = "photo" + System.nanoTime() + "@example.cn";
        long id = jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:e, :h, '看照片', 'zh-CN', 'IMMEDIATE', TRUE, NOW()) RETURNING id""")
                .param("e", email).param("h", passwordEncoder.encode("photo-password")).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'RESIDENT', NOW())").param("u", id).update();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        get(http, "/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=photo-password";
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return new Browser(id, http);
    }

    @Test
    void a_public_photo_is_served_to_anyone_as_jpeg_with_nosniff_and_a_year_long_immutable_cache() throws Exception {
        PhotoRef ref = photo(null);
        photos.attach(List.of(ref.id()), new PhotoOwner(TestPhotoAudience.KIND, 1), null, false, PhotoLabel.BEFORE);

        for (String url : List.of(ref.thumbUrl(), ref.displayUrl())) {
            HttpResponse<byte[]> response = get(anonymous, url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
            assertThat(response.headers().firstValue("Content-Length")).contains(String.valueOf(response.body().length));
            assertThat(response.headers().firstValue("Pragma")).isEmpty();
            assertThat(response.body()).startsWith(0xFF, 0xD8);
            assertThat(Images.hasApp1(response.body())).isFalse();
        }
        assertThat(Images.read(get(anonymous, ref.displayUrl()).body()).getWidth()).isEqualTo(800);
        assertThat(Images.read(get(anonymous, ref.thumbUrl()).body()).getWidth()).isEqualTo(320);
    }

    @Test
    void a_pending_photo_is_served_only_to_its_uploader_and_never_cached() throws Exception {
        Browser uploader = signedIn();
        Browser other = signedIn();
        PhotoRef ref = photo(uploader.userId());

        HttpResponse<byte[]> own = get(uploader.http(), ref.thumbUrl());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(own.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

        for (HttpClient stranger : List.of(other.http(), anonymous)) {
            HttpResponse<byte[]> refused = get(stranger, ref.displayUrl());
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body()).isEmpty();
            assertThat(refused.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        }
    }

    @Test
    void an_internal_photo_is_hidden_from_visitors_exactly_like_a_photo_that_does_not_exist() throws Exception {
        Browser resident = signedIn();
        PhotoRef ref = photo(null);
        photos.attach(List.of(ref.id()), new PhotoOwner(TestPhotoAudience.KIND, 2), null, true, PhotoLabel.NONE);

        HttpResponse<byte[]> hidden = get(anonymous, ref.displayUrl());
        HttpResponse<byte[]> missing = get(anonymous, "/photos/999999999/display");
        assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(hidden.body()).isEqualTo(missing.body());
        assertThat(hidden.headers().firstValue("Cache-Control")).isEqualTo(missing.headers().firstValue("Cache-Control"));

        HttpResponse<byte[]> seen = get(resident.http(), ref.displayUrl());
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.headers().allValues("Cache-Control")).containsExactly("private, no-store");
    }

    @Test
    void a_photo_of_an_owner_kind_without_an_audience_and_unknown_sizes_are_not_found() throws Exception {
        PhotoRef ref = photo(null);
        photos.attach(List.of(ref.id()), new PhotoOwner("NOBODY_ANSWERS", 1), null, false, PhotoLabel.NONE);
        assertThat(get(anonymous, ref.displayUrl()).statusCode()).isEqualTo(404);
        assertThat(get(anonymous, "/photos/" + ref.id() + "/original").statusCode()).isEqualTo(404);
        assertThat(get(anonymous, "/photos/abc/thumb").statusCode()).isEqualTo(404);
    }
}
