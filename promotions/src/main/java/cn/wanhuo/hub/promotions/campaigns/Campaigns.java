package cn.wanhuo.hub.promotions.campaigns;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

/** Every campaign. */
interface Campaigns extends ReactiveMongoRepository<Campaign, String> {}
