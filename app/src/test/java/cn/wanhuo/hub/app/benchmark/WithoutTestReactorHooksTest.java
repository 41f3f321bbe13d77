package cn.wanhuo.hub.app.benchmark;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Operators;

/** The benchmarks' guard takes Spring Security's test hook away, and refuses to run while any other hook wraps. */
class WithoutTestReactorHooksTest {

  @AfterEach
  void resetHooks() {
    Hooks.resetOnLastOperator();
  }

  @Test
  void removesTheSecurityTestHook() {
    Hooks.onLastOperator(SecurityContext.class.getName(),
        Operators.lift((scannable, subscriber) -> new Wrapper<>(subscriber)));

    assertThatCode(() -> new WithoutTestReactorHooks().beforeEach(null)).doesNotThrowAnyException();
  }

  @Test
  void refusesToRunWhileAnotherHookWrapsEverySubscriber() {
    Hooks.onLastOperator("another", Operators.lift((scannable, subscriber) -> new Wrapper<>(subscriber)));

    assertThatThrownBy(() -> new WithoutTestReactorHooks().beforeEach(null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("still set");
  }

  /** A subscriber from outside Reactor's package, as a hook puts in front of every other. */
  private record Wrapper<T>(CoreSubscriber<? super T> actual) implements CoreSubscriber<T> {
    @Override
    public void onSubscribe(Subscription subscription) {
      actual.onSubscribe(subscription);
    }

    @Override
    public void onNext(T value) {
      actual.onNext(value);
    }

    @Override
    public void onError(Throwable error) {
      actual.onError(error);
    }

    @Override
    public void onComplete() {
      actual.onComplete();
    }
  }
}
