/**
 * Producers of Anhui goods (enterprises, cooperatives, family farms, time-honoured brand holders, craftspeople):
 * their profile, business licence and verification by a reviewer whose region covers them.
 */
@NullMarked
package cn.wanhuo.hub.marketplace.producers;

import org.jspecify.annotations.NullMarked;
