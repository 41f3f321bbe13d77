package cn.wanhuo.hub.promotions.campaigns;

import cn.wanhuo.hub.marketplace.regions.RegionCode;
import cn.wanhuo.hub.shared.DomainException.FieldProblem;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The organizer's calendar: campaigns in a date range, the tea harvest windows in it, and the conflicts between campaigns. */
@Service
public class CampaignCalendar {

  static final int LONGEST_RANGE_DAYS = 62;

  /** A campaign as a bar on the calendar. */
  public record Entry(String id, String nameZh, @Nullable String nameEn, CampaignType type, CampaignStatus status,
      @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime startsAt, @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime endsAt,
      List<Channel> channels) {}

  /** Two campaigns that compete: same time, a shared channel, and the same SKU or goods both could enrol. */
  public record Conflict(List<String> campaignIds, List<Channel> channels, String reason) {}

  /** What the calendar shows for a range. */
  public record Month(List<Entry> campaigns, List<TeaHarvest.Window> harvestWindows, List<Conflict> conflicts) {}

  private final ReactiveMongoTemplate mongo;

  CampaignCalendar(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Mono<Month> range(LocalDate from, LocalDate to, @Nullable Channel channel) {
    if (to.isBefore(from) || Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() > LONGEST_RANGE_DAYS) {
      return Mono.error(new InvalidCampaign(List.of(new FieldProblem("to",
          "must be on or after from, at most " + LONGEST_RANGE_DAYS + " days later"))));
    }
    var start = Campaign.instant(from.atStartOfDay());
    var end = Campaign.instant(to.plusDays(1).atStartOfDay());
    var criteria = Criteria.where("status").ne(CampaignStatus.CANCELLED).and("startAt").lt(end).and("endAt").gt(start);
    if (channel != null) {
      criteria = criteria.and("plan.channels").is(channel);
    }
    var byStart = Comparator.comparing(Campaign::startAt).thenComparing(Campaign::id);
    return mongo.find(Query.query(criteria), Campaign.class).sort(byStart).collectList().flatMap(campaigns -> sharedSkus(campaigns).map(shared -> {
      var entries = campaigns.stream()
          .map(c -> new Entry(c.id(), c.plan().nameZh(), c.plan().nameEn(), c.plan().type(), c.status(), c.plan().startsAt(), c.plan().endsAt(),
              c.plan().channels()))
          .toList();
      var windows = new ArrayList<TeaHarvest.Window>();
      for (int year = from.getYear(); year <= to.getYear(); year++) {
        TeaHarvest.windows(year).stream().filter(w -> !w.to().isBefore(from) && !w.from().isAfter(to)).forEach(windows::add);
      }
      return new Month(entries, windows, conflicts(campaigns, shared));
    }));
  }

  /** Pairs of campaign ids (joined "a|b", a before b) that hold the same SKU, from pending or approved enrolments. */
  private Mono<Set<String>> sharedSkus(List<Campaign> campaigns) {
    var ids = campaigns.stream().map(Campaign::id).toList();
    var query = Query.query(Criteria.where("campaignId").in(ids).and("status").in(EnrolmentStatus.PENDING, EnrolmentStatus.APPROVED));
    return mongo.find(query, Enrolment.class).collectList().map(enrolled -> {
      Map<String, Set<String>> bySku = enrolled.stream().collect(Collectors.groupingBy(e -> e.productId() + "/" + e.skuCode(),
          Collectors.mapping(Enrolment::campaignId, Collectors.toSet())));
      var pairs = new HashSet<String>();
      bySku.values().forEach(set -> set.forEach(a -> set.forEach(b -> {
        if (a.compareTo(b) < 0) {
          pairs.add(a + "|" + b);
        }
      })));
      return pairs;
    });
  }

  static List<Conflict> conflicts(List<Campaign> campaigns, Set<String> sharedSkuPairs) {
    var conflicts = new ArrayList<Conflict>();
    for (int i = 0; i < campaigns.size(); i++) {
      for (int j = i + 1; j < campaigns.size(); j++) {
        Campaign a = campaigns.get(i);
        Campaign b = campaigns.get(j);
        if (!(a.startAt().isBefore(b.endAt()) && b.startAt().isBefore(a.endAt()))) {
          continue;
        }
        var channels = a.plan().channels().stream().filter(b.plan().channels()::contains).toList();
        if (channels.isEmpty()) {
          continue;
        }
        boolean firstIsA = a.id().compareTo(b.id()) < 0;
        String pair = firstIsA ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
        var ids = List.of(a.id(), b.id());
        if (sharedSkuPairs.contains(pair)) {
          conflicts.add(new Conflict(ids, channels, "SHARED_SKU"));
        } else if (sameGoods(a.plan().eligibility(), b.plan().eligibility())) {
          conflicts.add(new Conflict(ids, channels, "OVERLAPPING_ELIGIBILITY"));
        }
      }
    }
    return conflicts;
  }

  /** Whether some product could qualify for both: categories, regions and producer types each overlap (empty = any). */
  private static boolean sameGoods(Eligibility a, Eligibility b) {
    boolean categories = a.categories().isEmpty() || b.categories().isEmpty() || !Collections.disjoint(a.categories(), b.categories());
    boolean types = a.producerTypes().isEmpty() || b.producerTypes().isEmpty() || !Collections.disjoint(a.producerTypes(), b.producerTypes());
    boolean regions = a.regions().isEmpty() || b.regions().isEmpty()
        || a.regions().stream().map(RegionCode::of).anyMatch(x -> b.regions().stream().map(RegionCode::of)
            .anyMatch(y -> x.within(y) || y.within(x)));
    return categories && types && regions;
  }
}
