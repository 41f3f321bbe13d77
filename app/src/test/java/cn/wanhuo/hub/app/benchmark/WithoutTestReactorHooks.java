package cn.wanhuo.hub.app.benchmark;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * Takes Spring Security's test support out of a benchmark's way. For every test method it wraps the subscriber of every
 * Reactor pipeline subscribed in the JVM to carry a test security context (a hook keyed by {@link SecurityContext}'s
 * name); a profile of the push benchmark found that wrapper in half of all CPU samples. Declared after
 * {@code @SpringBootTest}, so it runs after the listener has set the hook, and checks that nothing wraps any more.
 */
final class WithoutTestReactorHooks implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    Hooks.resetOnLastOperator(SecurityContext.class.getName());
    var subscriber = new AtomicReference<String>();
    new Mono<Integer>() {
      @Override
      public void subscribe(CoreSubscriber<? super Integer> actual) {
        subscriber.set(actual.getClass().getName());
        Operators.complete(actual);
      }
    }.subscribe();
    if (!subscriber.get().startsWith("reactor.core.publisher.")) {
      throw new IllegalStateException("A test hook still wraps every Reactor subscriber: " + subscriber.get());
    }
  }
}
