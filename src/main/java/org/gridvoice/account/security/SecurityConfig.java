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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/** Vaadin's security set-up, our public paths, throttled password sign-in, roles kept current per request and method security. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager, JdbcClient jdbc) throws Exception {
        http.authenticationManager(authenticationManager);
        // roles as they are now at every request, before anything is authorised (not a bean: it belongs to this chain only)
        http.addFilterAfter(new CurrentRolesFilter(jdbc), SecurityContextHolderFilter.class);
        // login CSRF: a sign-in is only accepted from a page of this site (same Origin/Referer)
        http.addFilterBefore(new LoginOriginFilter(), org.springframework.security.web.csrf.CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/scripts/**", "/webjars/**", "/images/**",
                        "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/open-data/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }
}
