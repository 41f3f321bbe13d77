package cn.wanhuo.hub.app.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps Reactor Netty's server reading the next request on a kept-alive connection. In the Reactor Netty this Boot
 * brings (1.3.6), a request that arrives before the previous request's operations have ended is buffered and its read
 * can be lost: the request waits, unanswered, until the client closes the connection (reactor-netty#4347, #4361).
 * Tests saw a plain request hang for its whole 30 s timeout; 900 requests alternating refused POSTs and GETs hung 6
 * times without this and never with it. Reactor Netty's own switch {@value #PROPERTY} ends the previous operations
 * before that check, so the request is served at once. It is read once, when the server's classes load, so it is set
 * here, before the server starts, unless the JVM was started with it. Remove it with a Reactor Netty that has the fix
 * (1.3.8 needs a newer Netty than Boot 4.0.7 manages; with this Netty it reset every connection).
 */
public class KeepAliveReads implements EnvironmentPostProcessor {

  static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "true");
    }
  }
}
