package org.gridvoice.account.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.gridvoice.account.domain.RoleGrantRepository;
import org.gridvoice.account.domain.UserAccountRepository;
import org.gridvoice.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Vaadin's security set-up, our public paths, throttled password sign-in, roles kept current per request and method security. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * As strict as Vaadin Flow allows: its client engine runs the server's JavaScript with
     * {@code new Function} ('unsafe-eval') and its bootstrap page and components use inline
     * scripts and styles ('unsafe-inline'). Everything else comes from this origin only; 'self'
     * covers the same-origin WebSocket of push and of the development tools.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /**
     * The policy, with the origin of the insight map's base-map tiles ({@code gridvoice.insight.tile-url})
     * allowed as an image source when one is configured: without it the browser would refuse the tiles.
     */
    static String contentSecurityPolicy(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        java.net.URI uri = java.net.URI.create(tileUrl.strip().replace("{", "").replace("}", ""));
        if (uri.getScheme() == null || uri.getHost() == null) {
            return CONTENT_SECURITY_POLICY;
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }

    /** Location is for the later map feature; nothing else that a page could ask the browser for. */
    static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm id stored in each hash so it can change later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccountRepository users, RoleGrantRepository grants,
                                                PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new AccountUserDetails(users, grants));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager, JdbcClient jdbc,
                                           @org.springframework.beans.factory.annotation.Value("${gridvoice.insight.tile-url:}") String tileUrl)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // roles as they are now at every request, before anything is authorised (not a bean: it belongs to this chain only)
        http.addFilterAfter(new CurrentRolesFilter(jdbc), SecurityContextHolderFilter.class);
        // login CSRF: a sign-in is only accepted from a page of this site (same Origin/Referer)
        http.addFilterBefore(new LoginOriginFilter(), org.springframework.security.web.csrf.CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/scripts/**", "/webjars/**", "/images/**",
                        "/actuator/health", "/actuator/health/**").permitAll()
                // Spring's error page for requests that are not screens (FriendlyErrorPages): without this, a
                // failed open-data download sent visitors to the sign-in page instead of saying what went wrong
                .requestMatchers("/error").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/open-data/**").permitAll()
                // demand insight's downloads of what its public screens show (InsightExportController)
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/insight/export/**").permitAll()
                // photos: the controller itself decides who may see each one (public photos need no sign-in)
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/photos/**").permitAll()
                // a survey's responses as CSV: the controller decides who may read them (public once closed, if published)
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/surveys/*/responses.csv").permitAll()
                // the signed-in user's own data (personal-data rights); the service reads whose
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/me/data.json").authenticated());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                // photos set their own Cache-Control (a year for public ones); everything else is never cached
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
                                org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults().matcher("/photos/**")),
                        new org.springframework.security.web.header.writers.CacheControlHeadersWriter()))
                // written before the request is handled, so that no way of answering (a forward to the
                // Vaadin servlet, an early commit) leaves them out
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }
}
