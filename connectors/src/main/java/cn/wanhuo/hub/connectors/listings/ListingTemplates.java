package cn.wanhuo.hub.connectors.listings;

import cn.wanhuo.hub.connectors.channels.Admins;
import cn.wanhuo.hub.marketplace.catalog.AttributeSpec;
import cn.wanhuo.hub.marketplace.catalog.Category;
import cn.wanhuo.hub.promotions.campaigns.Channel;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The listing templates: admins read and set them; the sync looks one up per product and channel. */
@Service
public class ListingTemplates {

  private final ReactiveMongoTemplate mongo;
  private final Admins admins;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ListingTemplates(ReactiveMongoTemplate mongo, Admins admins, ApplicationEventPublisher events) {
    this.mongo = mongo;
    this.admins = admins;
    this.events = events;
  }

  /** The templates there are for these categories on these channels, by {@link ListingTemplate#idOf}, in one query. */
  public Mono<Map<String, ListingTemplate>> find(Collection<Channel> channels, Collection<Category> categories) {
    var ids = channels.stream().flatMap(channel -> categories.stream().map(category -> ListingTemplate.idOf(channel, category))).toList();
    return ids.isEmpty() ? Mono.just(Map.of())
        : mongo.find(Query.query(Criteria.where("_id").in(ids)), ListingTemplate.class).collectMap(ListingTemplate::id);
  }

  public Flux<ListingTemplate> all() {
    return admins.require().thenMany(mongo.find(new Query().with(Sort.by("_id")), ListingTemplate.class));
  }

  /** Sets the template; the category's listings on the channel are planned again. */
  public Mono<ListingTemplate> put(Channel channel, Category category, TemplateRequest request) {
    return admins.require().then(Mono.fromCallable(() -> checked(channel, category, request)))
        .flatMap(template -> mongo.findById(template.id(), ListingTemplate.class)
            .map(old -> new ListingTemplate(template.id(), channel, category, template.platformCategoryId(), template.properties(),
                template.updatedAt(), request.version() == null ? old.version() : request.version()))
            .defaultIfEmpty(template))
        .flatMap(mongo::save)
        .doOnNext(saved -> events.publishEvent(new ListingTemplateChanged(channel, category)));
  }

  private ListingTemplate checked(Channel channel, Category category, TemplateRequest request) {
    var problems = new ArrayList<FieldProblem>();
    if (channel == Channel.PAVILION) {
      problems.add(new FieldProblem("channel", "the pavilion needs no template"));
    }
    Set<String> known = category.attributes().stream().map(AttributeSpec::name).collect(Collectors.toSet());
    Set<String> propertyIds = new HashSet<>();
    for (int i = 0; i < request.properties().size(); i++) {
      var mapping = request.properties().get(i);
      boolean fixed = mapping.fixedValue() != null && !mapping.fixedValue().isBlank();
      if (mapping.attribute() == null && !fixed) {
        problems.add(new FieldProblem("properties[" + i + "]", "needs an attribute or a fixed value"));
      } else if (mapping.attribute() != null && fixed) {
        // The listing would take the fixed value and drop the attribute without a word.
        problems.add(new FieldProblem("properties[" + i + "]", "takes an attribute or a fixed value, not both"));
      } else if (mapping.attribute() != null && !known.contains(mapping.attribute())) {
        problems.add(new FieldProblem("properties[" + i + "].attribute", "must be one of " + known.stream().sorted().toList()));
      }
      if (!propertyIds.add(mapping.platformPropertyId())) {
        // Two values for one platform property: only one could be sent.
        problems.add(new FieldProblem("properties[" + i + "].platformPropertyId", "is mapped twice: " + mapping.platformPropertyId()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidListingSettings(problems);
    }
    return new ListingTemplate(ListingTemplate.idOf(channel, category), channel, category, request.platformCategoryId().strip(),
        request.properties(), clock.instant(), null);
  }
}
