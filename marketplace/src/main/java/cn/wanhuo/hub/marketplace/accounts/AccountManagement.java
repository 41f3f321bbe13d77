package cn.wanhuo.hub.marketplace.accounts;

import cn.wanhuo.hub.marketplace.regions.Regions;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

  /** Anhui province: the widest region scope. */
  public static final String PROVINCE = "340000";

  private final Accounts accounts;
  private final Regions regions;
  private final ReactiveMongoTemplate mongo;
  private final PasswordEncoder passwords;
  private final Clock clock;

  AccountManagement(Accounts accounts, Regions regions, ReactiveMongoTemplate mongo, PasswordEncoder passwords) {
    this.accounts = accounts;
    this.regions = regions;
    this.mongo = mongo;
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

  /** An administrator opens an account with any roles; reviewers must name a known region. */
  public Mono<AccountView> open(NewAccount account) {
    return checkRegionScope(account)
        .then(open(account.username(), account.password(), account.displayName(), Set.copyOf(account.roles()), account.regionScope()))
        .map(AccountView::of);
  }

  /** Accounts newest first, optionally only usernames starting with a prefix. */
  public Mono<AccountPage> list(String usernamePrefix, int page, int size) {
    var matching = usernamePrefix.isBlank() ? new Criteria()
        : Criteria.where("username").regex("^" + Pattern.quote(normalise(usernamePrefix)));
    var onePage = new Query(matching).with(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    return Mono.zip(mongo.count(new Query(matching), Account.class), mongo.find(onePage, Account.class).map(AccountView::of).collectList())
        .map(result -> new AccountPage(result.getT1(), page, size, result.getT2()));
  }

  private Mono<Void> checkRegionScope(NewAccount account) {
    String scope = account.regionScope();
    if (scope == null || scope.isBlank()) {
      return account.roles().contains(Role.REVIEWER) ? Mono.error(new RegionScopeRequired()) : Mono.empty();
    }
    if (PROVINCE.equals(scope)) {
      return Mono.empty();
    }
    return regions.existsById(scope).flatMap(known -> known ? Mono.<Void>empty() : Mono.error(new UnknownRegion(scope)));
  }

  /** Creates the first administrator unless an ADMIN account exists already; answers whether it did. */
  public Mono<Boolean> openFirstAdmin(String username, String password) {
    return accounts.existsByRoles(Role.ADMIN).flatMap(exists -> exists
        ? Mono.just(false)
        : open(username, password, "Administrator", Set.of(Role.ADMIN), PROVINCE)
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
