package cn.wanhuo.hub.marketplace.reference;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

/** The sourced Anhui time-honoured brand candidates. */
public interface TimeHonouredBrands extends ReactiveMongoRepository<TimeHonouredBrand, String> {}
