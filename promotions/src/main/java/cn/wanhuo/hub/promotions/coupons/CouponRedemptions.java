package cn.wanhuo.hub.promotions.coupons;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every redemption of every coupon. */
interface CouponRedemptions extends ReactiveMongoRepository<CouponRedemption, String> {

  Mono<Boolean> existsByCodeAndBuyerAndOrderId(String code, String buyer, String orderId);

  Flux<CouponRedemption> findByCodeAndBuyer(String code, String buyer);

  Mono<Long> countByCodeAndBuyer(String code, String buyer);

  Mono<Long> deleteByCodeAndBuyerAndOrderId(String code, String buyer, String orderId);
}
