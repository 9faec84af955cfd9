package org.gridvoice.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in as a browser does it: real HTTP against the running app. */
@GridVoiceTest
class SignInOverHttpTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired People people;
    @Autowired RoleService roles;
    @Autowired AccountService accounts;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    private String createAccount(boolean confirmed) {
        String email = "signin" + System.nanoTime() + "@example.cn";
        jdbc.sql("""
                INSERT INTO account_user (email, password_hash, display_name, language, email_pref, email_confirmed, created_at)
                VALUES (:e, :h, '试登录', 'zh-CN', 'IMMEDIATE', :c, NOW())""")
                .param("e", email).param("h", passwordEncoder.encode("right-password")).param("c", confirmed).update();
        return email;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form from the app's own login page, as a browser does, and returns where the app sends the browser. */
    private String signIn(String email, String password) throws Exception {
        var response = postLogin(email, password, "Origin", "http://localhost:" + port);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, "");
    }

    /** Posts the sign-in form with the given headers (name, value, ...). */
    private HttpResponse<String> postLogin(String email, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean signedInAsAdministrator() throws Exception {
        return showsTheAccountsScreen(adminScreen());
    }

    private String createAdministrator() {
        String email = createAccount(true);
        Long id = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", email).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'ADMIN', NOW())").param("u", id).update();
        return email;
    }

    @Test
    void a_sign_in_posted_from_a_foreign_site_is_refused_and_signs_nobody_in() throws Exception {
        String email = createAdministrator();
        get("/login");
        var response = postLogin(email, "right-password", "Origin", "https://attacker.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(signedInAsAdministrator()).as("the victim's browser is not signed in").isFalse();
        var referred = postLogin(email, "right-password", "Referer", "https://attacker.example/page.html");
        assertThat(referred.statusCode()).isEqualTo(403);
        assertThat(signedInAsAdministrator()).isFalse();
    }

    @Test
    void a_sign_in_without_origin_or_referer_is_refused_but_one_from_the_login_page_works() throws Exception {
        String email = createAdministrator();
        get("/login");
        assertThat(postLogin(email, "right-password").statusCode()).isEqualTo(403);
        assertThat(postLogin(email, "right-password", "Origin", "null").statusCode()).as("an opaque origin").isEqualTo(403);
        assertThat(signedInAsAdministrator()).isFalse();
        var fromLoginPage = postLogin(email, "right-password", "Referer", "http://localhost:" + port + "/login");
        assertThat(fromLoginPage.statusCode()).isEqualTo(302);
        assertThat(fromLoginPage.headers().firstValue("Location").orElseThrow())
                .as("signed in: on to the page asked for before (the accounts screen), not back to the login form")
                .doesNotContain("/login");
        assertThat(signedInAsAdministrator()).isTrue();
    }

    @Test
    void a_password_reset_ends_every_other_session_of_the_account() throws Exception {
        String email = createAdministrator();
        assertThat(signIn(email, "right-password")).isEqualTo("/");
        assertThat(signedInAsAdministrator()).isTrue();

        accounts.requestPasswordReset(email);
        String token = awaitMailToken(email, "/reset-password");
        assertThat(accounts.resetPassword(token, "brand-new-password")).isEqualTo(TokenOutcome.DONE);

        assertThat(signedInAsAdministrator()).as("the session opened before the reset has ended").isFalse();
        assertThat(signIn(email, "brand-new-password")).as("the new password signs in").isNotEqualTo("/login?error");
        assertThat(signedInAsAdministrator()).isTrue();
    }

    private static String awaitMailToken(String email, String path) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            var mails = org.gridvoice.support.TestMail.mailsTo(email);
            if (!mails.isEmpty()) {
                return org.gridvoice.support.TestMail.tokenIn(mails.getLast(), path);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail reached " + email);
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        String email = createAccount(true);
        assertThat(get("/login").statusCode()).isEqualTo(200);
        String before = sessionId();
        assertThat(before).isNotNull();
        assertThat(signIn(email, "right-password")).isEqualTo("/");
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void unknown_user_and_wrong_password_get_the_same_answer() throws Exception {
        String email = createAccount(true);
        assertThat(signIn(email, "wrong-password")).isEqualTo("/login?error");
        assertThat(signIn("nobody" + System.nanoTime() + "@example.cn", "wrong-password")).isEqualTo("/login?error");
    }

    /** The message the login page shows after a failed sign-in, as its Vaadin UI sends it to the browser. */
    private String loginErrorMessage() throws Exception {
        return screen("login", "error");
    }

    private static boolean saysThisAccountMustWait(String page, String waitPattern) {
        return java.util.regex.Pattern.compile("for this account\\. Wait " + waitPattern + " seconds before"
                + "|该账户登录失败次数过多。请等待 " + waitPattern + " 秒后再试").matcher(page).find();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_must_wait_five_seconds_and_is_told_so_then_it_signs_in() throws Exception {
        String email = createAccount(true);
        String unknown = "ghost" + System.nanoTime() + "@example.cn";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong-" + i)).isEqualTo("/login?error");
            assertThat(signIn(unknown, "wrong-" + i)).isEqualTo("/login?error");
        }
        long delayed = System.currentTimeMillis();
        assertThat(signIn(email, "right-password")).as("delayed: refused despite the right password").isEqualTo("/login?error");
        assertThat(saysThisAccountMustWait(loginErrorMessage(), "[1-5]")).as("the form says this account must wait, and how long").isTrue();
        long waiting = jdbc.sql("SELECT COUNT(*) FROM account_login_throttle WHERE throttle_key IN (:a, :b) AND locked_until > NOW(6)")
                .param("a", "account:" + email).param("b", "account:" + unknown).query(Long.class).single();
        assertThat(waiting).as("known and unknown names wait alike").isEqualTo(2);
        assertThat(jdbc.sql("SELECT failures FROM account_login_throttle WHERE throttle_key = :a").param("a", "account:" + email)
                .query(Integer.class).single()).as("an attempt refused during the wait is not counted").isEqualTo(5);

        Thread.sleep(Math.max(0, delayed + 5_500 - System.currentTimeMillis()));
        assertThat(signIn(email, "right-password")).as("after the wait the right password signs in").isEqualTo("/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_login_throttle WHERE throttle_key = :a").param("a", "account:" + email)
                .query(Long.class).single()).as("and the count is gone").isZero();
    }

    @Test
    void a_password_reset_by_mail_lifts_the_accounts_wait_at_once() throws Exception {
        String email = createAccount(true);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong-" + i)).isEqualTo("/login?error");
        }
        // as after a long run of guesses: the wait has grown to its maximum
        jdbc.sql("UPDATE account_login_throttle SET failures = 13, locked_until = :until WHERE throttle_key = :k")
                .param("until", java.time.LocalDateTime.now().plusMinutes(15)).param("k", "account:" + email).update();
        assertThat(signIn(email, "right-password")).isEqualTo("/login?error");
        assertThat(loginErrorMessage()).containsAnyOf("Wait 15 minutes before", "请等待 15 分钟后再试");

        accounts.requestPasswordReset(email);
        assertThat(accounts.resetPassword(awaitMailToken(email, "/reset-password"), "brand-new-password")).isEqualTo(TokenOutcome.DONE);
        assertThat(signIn(email, "brand-new-password")).as("the owner of the mailbox signs in at once").isEqualTo("/");
    }

    @Test
    void behind_the_trusted_proxy_a_delayed_client_address_is_told_so_and_other_clients_sign_in() throws Exception {
        String email = createAccount(true);
        String client = "203.0.113." + (1 + System.nanoTime() % 250);
        // 52 failures from that client: past the address threshold (50 in production) the wait is 5 s · 2^2
        jdbc.sql("""
                INSERT INTO account_login_throttle (throttle_key, failures, window_start, locked_until)
                VALUES (:k, 52, :now, :until)""")
                .param("k", "address:" + client).param("now", java.time.LocalDateTime.now())
                .param("until", java.time.LocalDateTime.now().plusSeconds(20)).update();
        var refused = postLogin(email, "right-password", "Origin", "http://localhost:" + port, "X-Forwarded-For", client);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(java.util.regex.Pattern.compile("from your network address\\. Wait (1[0-9]|20) seconds before"
                + "|来自您网络地址的登录失败次数过多。请等待 (1[0-9]|20) 秒后再试").matcher(loginErrorMessage()).find())
                .as("the form names the network address, not the account, and the wait").isTrue();
        assertThat(signIn(email, "right-password")).as("another client behind the same proxy is not delayed").isEqualTo("/");
    }

    @Test
    void an_unconfirmed_account_is_told_to_confirm_only_after_the_right_password() throws Exception {
        String email = createAccount(false);
        assertThat(signIn(email, "right-password")).as("not signed in before confirming").isEqualTo("/login?error");
        long failures = jdbc.sql("SELECT COUNT(*) FROM account_login_throttle WHERE throttle_key = :k")
                .param("k", "account:" + email).query(Long.class).single();
        assertThat(failures).as("the right password is not counted as a failed guess").isZero();
    }

    /**
     * What Vaadin's browser client does to open the accounts screen: load the page, start a UI, then
     * ask the server (a UIDL round trip through the security filters) to navigate; returns the answer.
     */
    private String adminScreen() throws Exception {
        return screen("admin/accounts", "");
    }

    /** Opens a screen as Vaadin's browser client does (see {@link #adminScreen()}) and returns the server's answer. */
    private String screen(String route, String query) throws Exception {
        get("/" + route + (query.isEmpty() ? "" : "?" + query));
        String init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + (query.isEmpty() ? "" : "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).body();
        String securityKey = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init).results()
                .findFirst().orElseThrow().group(1);
        String uiId = java.util.regex.Pattern.compile("\"v-uiId\":(\\d+)").matcher(init).results().findFirst().orElseThrow().group(1);
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(securityKey, route, query);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The accounts screen's search field, in either language: only an administrator's page carries it. */
    private static boolean showsTheAccountsScreen(String page) {
        return page.contains("Search by name or email") || page.contains("按姓名或邮箱搜索");
    }

    @Test
    void a_revoked_administrator_loses_the_admin_screen_on_the_next_request_and_every_session_of_the_account_ends() throws Exception {
        String email = createAccount(true);
        Long id = jdbc.sql("SELECT id FROM account_user WHERE email = :e").param("e", email).query(Long.class).single();
        jdbc.sql("INSERT INTO account_role_grant (user_id, role, granted_at) VALUES (:u, 'ADMIN', NOW())").param("u", id).update();
        Long grant = jdbc.sql("SELECT id FROM account_role_grant WHERE user_id = :u").param("u", id).query(Long.class).single();
        assertThat(signIn(email, "right-password")).isEqualTo("/");
        assertThat(showsTheAccountsScreen(adminScreen())).as("an administrator sees it").isTrue();

        People.actAs(people.admin());
        try {
            roles.revoke(grant);
        } finally {
            People.signOut();
        }

        String session = sessionId();
        String after = adminScreen();
        assertThat(showsTheAccountsScreen(after)).as("the very next request").isFalse();
        assertThat(sessionId()).as("the session of the revoked account has ended").isNotEqualTo(session);
        assertThat(jdbc.sql("SELECT session_epoch FROM account_user WHERE id = :u").param("u", id).query(Integer.class).single())
                .as("every other session of that account ends too, on every instance").isEqualTo(1);
    }

    @Test
    void health_is_up_and_the_login_page_is_served() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }
}
