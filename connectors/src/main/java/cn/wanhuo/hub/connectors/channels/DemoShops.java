package cn.wanhuo.hub.connectors.channels;

import reactor.core.publisher.Flux;

/**
 * The demo shops on offer, one per simulated platform at most. A port: the simulators provide it when they run;
 * without them there are none.
 */
public interface DemoShops {

  Flux<DemoShop> all();
}
