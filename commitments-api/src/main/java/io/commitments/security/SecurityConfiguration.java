package io.commitments.security;

import io.commitments.core.api.person.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.time.Clock;
import java.time.Duration;

/**
 * HTTP Basic against the people stored by the application, and bearer JWTs when an issuer or key is
 * configured ({@code spring.security.oauth2.resourceserver.jwt.*}); roles as ../shared/API.md gives them.
 * The API is stateless (no session, no cookie), so there is no browser session for CSRF to abuse.
 * Ownership rules (a MEMBER acts only for their own organisation) are the aggregates' to enforce.
 * Verifying a partnership's ledger is a POST that changes nothing: every role may ask (auditors above all);
 * who may see which partnership is checked by the controller, as for every read.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String MEMBER = Role.MEMBER.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ObjectProvider<JwtDecoder> jwtDecoder,
                            PersonAccounts accounts) throws Exception {
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtPersonConverter(accounts))));
        }
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/admin/**", "/actuator/metrics", "/actuator/metrics/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/organisations", "/api/people", "/api/partnerships",
                                "/api/partnerships/*/members", "/api/partnerships/*/coordinators").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/partnerships/*/ledger/verify").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/ledger/verify").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(ADMIN, COORDINATOR, MEMBER)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults())
                .build();
    }

    /**
     * The web pages (everything outside the API and actuator): form sign-in against the same accounts, a
     * session cookie, and CSRF protection on every form, since a browser session is what CSRF abuses. Auditors
     * read; only those who may act post forms (signing out is not a form the chain authorises).
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(
                        paths.matcher("/api/**"), paths.matcher("/actuator/**"))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(ADMIN, COORDINATOR, MEMBER)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(Customizer.withDefaults())
                .headers(Customizer.withDefaults())
                .build();
    }

    /** bcrypt (by Spring's delegating encoder), with matches remembered for a minute: see RecentlyMatchedPasswords. */
    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new RecentlyMatchedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Duration.ofMinutes(1), 10_000, clock);
    }
}
