package cn.wanhuo.hub.app.benchmark;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Hooks;

/**
 * Takes Spring Security's test support out of a benchmark's way. For every test method it wraps the subscriber of every
 * Reactor pipeline subscribed in the JVM to carry a test security context (a hook keyed by {@link SecurityContext}'s
 * name); a profile of the push benchmark found that wrapper in half of all CPU samples. Declared after
 * {@code @SpringBootTest}, so it runs after the listener has set the hook, and checks that no such hook is left.
 */
final class WithoutTestReactorHooks implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
    Hooks.resetOnLastOperator(SecurityContext.class.getName());
    // Reactor keeps the hooks' composition in this field, null when there are none; it offers no public way to ask.
    var composed = Hooks.class.getDeclaredField("onLastOperatorHook");
    composed.setAccessible(true);
    if (composed.get(null) != null) {
      throw new IllegalStateException("A Reactor onLastOperator hook is still set: the benchmark would measure it too");
    }
  }
}
