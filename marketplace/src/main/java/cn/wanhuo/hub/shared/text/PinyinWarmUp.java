package cn.wanhuo.hub.shared.text;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** pinyin4j reads its dictionary from the jar on first use; do that at start-up, never on an event loop. */
@Component
class PinyinWarmUp implements SmartInitializingSingleton {

  @Override
  public void afterSingletonsInstantiated() {
    Pinyin.full("安徽");
  }
}
