package cn.wanhuo.hub.shared.seed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Whether start-up loads the Anhui reference and demo data, and how long it may take. */
@ConfigurationProperties("wanhuo.seed")
public record SeedSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5m") Duration timeout) {}
