package it.piazza.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what: the public pages, health, the API description and static assets are open; everything
 * else needs a signed-in person. Security headers and CSRF protection are on.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/enti", "/enti/*/policy", "/enti/*/policy.md", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/login", "/api/appeals", "/enti/*/ricorsi", "/enti/*/ricorsi/nuovo", "/webhooks/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/webhooks/**"))
                // the console's own Italian sign-in page; after sign-in, the console
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?uscito"))
                // API clients sign in once with HTTP Basic and keep the session: the password hash is checked
                // once, not on every request
                .httpBasic(basic -> basic.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
