package cn.wanhuo.hub.promotions.coupons;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

/** Every coupon, by upper-case code. */
interface Coupons extends ReactiveMongoRepository<Coupon, String> {}
