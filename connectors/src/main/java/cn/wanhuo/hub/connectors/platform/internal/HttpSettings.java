package cn.wanhuo.hub.connectors.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the adapters talk HTTP to the platforms.
 *
 * @param connectTimeout how long to wait for a TCP connection to a gateway
 * @param responseTimeout how long to wait for an answer (and between its parts) before the call counts as a
 *     retryable failure
 * @param maxResponseSize the largest answer read into memory (an order page of 100 orders stays well below it)
 */
@ConfigurationProperties("wanhuo.connectors.http")
public record HttpSettings(
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration responseTimeout,
    @DefaultValue("4MB") DataSize maxResponseSize) {}
