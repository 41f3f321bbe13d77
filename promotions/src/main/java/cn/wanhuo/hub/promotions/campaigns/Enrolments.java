package cn.wanhuo.hub.promotions.campaigns;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** Every enrolment. */
interface Enrolments extends ReactiveMongoRepository<Enrolment, String> {

  Flux<Enrolment> findByCampaignId(String campaignId);

  Flux<Enrolment> findByProductIdAndSkuCode(String productId, String skuCode);
}
