package cn.wanhuo.hub.connectors.channels;

import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What an admin does with shops: connect one (or a demo shop), change it, authorise it again with a new token,
 * disable it. Secrets are sealed before they are stored; a blank secret or token on a change keeps the old one.
 */
@Service
public class ShopConnections {

  private final ReactiveMongoTemplate mongo;
  private final ChannelAccounts accounts;
  private final SecretBox secrets;
  private final ChannelSettings settings;
  private final Admins admins;
  private final List<DemoShops> demoShops;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ShopConnections(ReactiveMongoTemplate mongo, ChannelAccounts accounts, SecretBox secrets, ChannelSettings settings, Admins admins,
      List<DemoShops> demoShops, ApplicationEventPublisher events) {
    this.mongo = mongo;
    this.accounts = accounts;
    this.secrets = secrets;
    this.settings = settings;
    this.admins = admins;
    this.demoShops = List.copyOf(demoShops);
    this.events = events;
  }

  public Flux<ShopView> list() {
    return admins.require().thenMany(mongo.findAll(ShopAccount.class)).map(ShopView::of);
  }

  public Mono<ShopView> connect(ShopRequest request) {
    return admins.require().then(Mono.fromCallable(() -> newShop(request))).flatMap(this::saved);
  }

  public Mono<ShopView> change(String id, ShopRequest request) {
    return admins.require().then(accounts.stored(id)).map(shop -> changed(shop, request)).flatMap(this::saved);
  }

  public Mono<ShopView> reauthorize(String id, Reauthorization request) {
    return admins.require().then(accounts.stored(id))
        .map(shop -> shop.reauthorized(secrets.seal(request.accessToken().strip()), request.tokenExpiresAt(), clock.instant()))
        .flatMap(this::saved);
  }

  public Mono<ShopView> disable(String id) {
    return admins.require().then(accounts.stored(id))
        .map(shop -> shop.withStatus(AccountStatus.DISABLED, null, clock.instant()))
        .flatMap(this::saved);
  }

  /** The demo shops on offer, without their secrets, and whether each is connected already. */
  public Flux<DemoShopView> demoShops() {
    return admins.require().thenMany(mongo.findAll(ShopAccount.class).collectList())
        .flatMap(connected -> Flux.fromIterable(demoShops).concatMap(DemoShops::all)
            .map(demo -> DemoShopView.of(demo, connected.stream()
                .anyMatch(shop -> shop.channel() == demo.channel() && shop.appKey().equals(demo.appKey())))));
  }

  /** Connects the channel's demo shop, or answers the shop already connected with its app key. */
  public Mono<ShopView> connectDemo(Channel channel) {
    return admins.require().thenMany(Flux.fromIterable(demoShops).concatMap(DemoShops::all))
        .filter(demo -> demo.channel() == channel).next()
        .switchIfEmpty(Mono.error(() -> new DemoShopNotFound(channel)))
        .flatMap(demo -> mongo.findAll(ShopAccount.class)
            .filter(shop -> shop.channel() == channel && shop.appKey().equals(demo.appKey())).next().map(ShopView::of)
            .switchIfEmpty(Mono.defer(() -> saved(newShop(new ShopRequest(channel, demo.shopName(), demo.gateway().toString(),
                demo.appKey(), demo.appSecret(), demo.accessToken(), null, null))))));
  }

  private Mono<ShopView> saved(ShopAccount shop) {
    return mongo.save(shop).doOnNext(done -> events.publishEvent(new ChannelAccountChanged(done.id(), done.status()))).map(ShopView::of);
  }

  private ShopAccount newShop(ShopRequest request) {
    var problems = new ArrayList<FieldProblem>();
    Channel channel = request.channel();
    if (channel == null) {
      problems.add(new FieldProblem("channel", "must be one of TAOBAO, JD, PINDUODUO, SUNING"));
    } else if (channel == Channel.PAVILION) {
      problems.add(new FieldProblem("channel", "the pavilion is the hub itself; connect TAOBAO, JD, PINDUODUO or SUNING"));
    }
    String appKey = required(request.appKey(), "appKey", problems);
    String secret = required(request.appSecret(), "appSecret", problems);
    String token = required(request.accessToken(), "accessToken", problems);
    String gateway = gateway(request.gateway(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidChannelAccount(problems);
    }
    var now = clock.instant();
    Channel chosen = Objects.requireNonNull(channel);
    int qps = request.qps() == null ? settings.qpsFor(chosen) : request.qps();
    return new ShopAccount(null, chosen, request.shopName().strip(), gateway, appKey, secrets.seal(secret),
        secrets.seal(token), request.tokenExpiresAt(), AccountStatus.ACTIVE, null, qps, now, now, null);
  }

  private ShopAccount changed(ShopAccount shop, ShopRequest request) {
    var problems = new ArrayList<FieldProblem>();
    if (request.channel() != null && request.channel() != shop.channel()) {
      problems.add(new FieldProblem("channel", "a shop stays on its platform; connect a new shop instead"));
    }
    String gateway = gateway(request.gateway(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidChannelAccount(problems);
    }
    String secret = isBlank(request.appSecret()) ? shop.sealedSecret() : secrets.seal(request.appSecret().strip());
    String token = isBlank(request.accessToken()) ? shop.sealedToken() : secrets.seal(request.accessToken().strip());
    String appKey = isBlank(request.appKey()) ? shop.appKey() : request.appKey().strip();
    Integer qps = request.qps();
    return shop.with(request.shopName().strip(), gateway, appKey, secret, token, request.tokenExpiresAt(),
        qps == null ? shop.qps() : qps, clock.instant());
  }

  private static String required(@Nullable String value, String field, List<FieldProblem> problems) {
    if (isBlank(value)) {
      problems.add(new FieldProblem(field, "must not be blank"));
      return "";
    }
    return value.strip();
  }

  private static String gateway(String value, List<FieldProblem> problems) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // reported below like any other unusable URL
    }
    problems.add(new FieldProblem("gateway", "must be an absolute http or https URL"));
    return value;
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
