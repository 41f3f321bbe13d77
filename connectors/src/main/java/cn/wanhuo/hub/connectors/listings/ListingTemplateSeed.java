package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.marketplace.catalog.AttributeSpec;
import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.shared.seed.DemoSeed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A demo template for every category on every platform: each attribute to a property of its own and the origin as
 * a fixed value. The category ids are the demo simulators' own, not the real platforms'. Templates an admin changed
 * are left alone.
 */
@Component
class ListingTemplateSeed implements DemoSeed {

  static final List<Channel> PLATFORMS = List.of(Channel.TAOBAO, Channel.JD, Channel.PINDUODUO, Channel.SUNING);
  private static final Map<Channel, Integer> CATEGORY_BASE = Map.of(Channel.TAOBAO, 50_050_000, Channel.JD, 12_200, Channel.PINDUODUO,
      8_100, Channel.SUNING, 0);
  private static final Map<Channel, String> ORIGIN_PROPERTY = Map.of(Channel.TAOBAO, "20000", Channel.JD, "origin", Channel.PINDUODUO,
      "1001", Channel.SUNING, "placeOfOrigin");

  private final ReactiveMongoTemplate mongo;
  private final Clock clock = Clock.systemUTC();

  ListingTemplateSeed(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public String name() {
    return "listing templates";
  }

  @Override
  public Mono<Long> load() {
    return Flux.fromIterable(PLATFORMS)
        .flatMap(channel -> Flux.fromArray(Category.values()).map(category -> template(channel, category)))
        .concatMap(template -> mongo.exists(Query.query(Criteria.where("_id").is(template.id())), ListingTemplate.class)
            .flatMap(exists -> exists ? Mono.just(template) : mongo.insert(template)))
        .count();
  }

  ListingTemplate template(Channel channel, Category category) {
    var mappings = new ArrayList<PropertyMapping>();
    mappings.add(new PropertyMapping(null, ORIGIN_PROPERTY.get(channel), "安徽"));
    int index = 1;
    for (AttributeSpec attribute : category.attributes()) {
      mappings.add(new PropertyMapping(attribute.name(), propertyId(channel, category, index++, attribute.name()), null));
    }
    String categoryId = channel == Channel.SUNING ? "R" + (9_000 + category.ordinal()) : String.valueOf(CATEGORY_BASE.get(channel) + category.ordinal() + 1);
    return new ListingTemplate(ListingTemplate.idOf(channel, category), channel, category, categoryId, mappings, clock.instant(), null);
  }

  private static String propertyId(Channel channel, Category category, int index, String attribute) {
    return switch (channel) {
      case JD, SUNING -> attribute;
      default -> String.valueOf(20_000 + category.ordinal() * 100 + index);
    };
  }
}
