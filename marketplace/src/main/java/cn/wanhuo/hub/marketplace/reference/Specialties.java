package cn.wanhuo.hub.marketplace.reference;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

/** The sourced Anhui specialty products. */
public interface Specialties extends ReactiveMongoRepository<Specialty, String> {}
