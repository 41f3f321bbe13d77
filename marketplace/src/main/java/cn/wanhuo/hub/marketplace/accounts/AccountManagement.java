package cn.wanhuo.hub.marketplace.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Opens accounts and answers who is who. Password hashing is deliberately slow, so it runs off the event loop. */
@Service
public class AccountManagement {

  private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final Clock clock;

  AccountManagement(Accounts accounts, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.clock = Clock.systemUTC();
  }

  public static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  public Mono<Account> find(String username) {
    return accounts.findByUsername(normalise(username));
  }

  /** Self-service registration for the roles anyone may take. */
  public Mono<Account> register(Registration registration) {
    if (!registration.role().selfRegistrable()) {
      return Mono.error(new RoleNotSelfRegistrable(registration.role()));
    }
    return open(registration.username(), registration.password(), registration.displayName(), Set.of(registration.role()), null);
  }

  /** Creates the first administrator unless an ADMIN account exists already; answers whether it did. */
  public Mono<Boolean> openFirstAdmin(String username, String password) {
    return accounts.existsByRoles(Role.ADMIN).flatMap(exists -> exists
        ? Mono.just(false)
        : open(username, password, "Administrator", Set.of(Role.ADMIN), "340000")
            .doOnNext(admin -> log.info("Created the first administrator account '{}'", admin.username()))
            .thenReturn(true));
  }

  private Mono<Account> open(String username, String password, String displayName, Set<Role> roles, @Nullable String regionScope) {
    String name = normalise(username);
    return hash(password)
        .map(hash -> new Account(null, name, hash, displayName.strip(), roles, regionScope, clock.instant(), null))
        .flatMap(accounts::save)
        .onErrorMap(DuplicateKeyException.class, e -> new UsernameTaken(name));
  }

  private Mono<String> hash(String password) {
    return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
  }
}
