package cn.wanhuo.hub.app.security;

import cn.wanhuo.hub.app.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.HttpStatusReturningServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Session login for the single-page app: the security context lives in the Redis-backed web session, CSRF
 * tokens travel in a readable {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN}, and every refusal is
 * a problem answer. Pavilion and reference reads are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

  @Bean
  ServerSecurityContextRepository securityContextRepository() {
    return new WebSessionServerSecurityContextRepository();
  }

  @Bean
  ReactiveAuthenticationManager authenticationManager(ReactiveUserDetailsService accounts, PasswordEncoder passwords) {
    var manager = new UserDetailsRepositoryReactiveAuthenticationManager(accounts);
    manager.setPasswordEncoder(passwords);
    return manager;
  }

  /** Static files need no session: they keep loading even while Redis is away. */
  @Bean
  @org.springframework.core.annotation.Order(0)
  SecurityWebFilterChain staticFiles(ServerHttpSecurity http) {
    return http
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/assets/**", "/favicon.ico", "/*.png", "/*.svg"))
        .authorizeExchange(auth -> auth.anyExchange().permitAll())
        .securityContextRepository(org.springframework.security.web.server.context.NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @org.springframework.core.annotation.Order(1)
  SecurityWebFilterChain application(ServerHttpSecurity http, ServerSecurityContextRepository contexts, ProblemWriter problems) {
    var csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
    return http
        .securityContextRepository(contexts)
        .authorizeExchange(auth -> auth
            .pathMatchers("/api/auth/**").permitAll()
            .pathMatchers(HttpMethod.GET, "/api/regions/**", "/api/pavilion/**", "/api/reference/**").permitAll()
            .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
            .pathMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/webjars/**").permitAll()
            .pathMatchers("/api/admin/**", "/actuator/**").hasRole("ADMIN")
            .pathMatchers("/api/**").authenticated()
            .anyExchange().permitAll())
        .csrf(csrf -> csrf
            .csrfTokenRepository(csrfTokens)
            .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
            .accessDeniedHandler((exchange, denied) -> problems.write(exchange, denied)))
        .addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((exchange, failure) -> problems.write(exchange, failure))
            .accessDeniedHandler((exchange, denied) -> problems.write(exchange, denied)))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout
            .logoutUrl("/api/auth/logout")
            .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
            .logoutSuccessHandler(new HttpStatusReturningServerLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
        .build();
  }
}
