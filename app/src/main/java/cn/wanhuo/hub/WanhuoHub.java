package cn.wanhuo.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wanhuo Hub (皖货汇): one deployable assembling the marketplace, promotions and connectors modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WanhuoHub {

  public static void main(String[] args) {
    SpringApplication.run(WanhuoHub.class, args);
  }
}
