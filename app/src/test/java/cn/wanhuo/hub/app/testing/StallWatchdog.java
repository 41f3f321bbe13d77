package cn.wanhuo.hub.app.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Makes a stalled test run say where it stalls, then end. A test running longer than {@code wanhuo.test.stall-report}
 * (default 20 s; no test method took more than 13 s in a healthy run) gets every thread's stack and the heap printed
 * to standard error, again at each further period; one running longer than {@code wanhuo.test.stall-limit} (default
 * 15 minutes) halts the test JVM, so the build fails with that report instead of waiting silently until CI gives up (a
 * whole CI run was once lost that way). A test that fails on a timeout (a request that never answered) gets the
 * report at once.
 */
public final class StallWatchdog implements TestExecutionListener {

  private static final Duration REPORT = Duration.parse(System.getProperty("wanhuo.test.stall-report", "PT20S"));
  private static final Duration LIMIT = Duration.parse(System.getProperty("wanhuo.test.stall-limit", "PT15M"));
  private static final int FRAMES = 40;

  private final Map<String, Long> running = new ConcurrentHashMap<>();
  private final Map<String, Long> reported = new ConcurrentHashMap<>();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "stall-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  public StallWatchdog() {
    // Checked often, so the report catches a stuck request while it is stuck, before the test's own timeout.
    long period = Math.clamp(REPORT.toSeconds() / 4, 1, 60);
    clock.scheduleAtFixedRate(this::check, period, period, TimeUnit.SECONDS);
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      running.put(test.getUniqueId(), System.nanoTime());
    }
  }

  /** A test that gave up waiting for an answer gets the same report: the stuck request may be visible in a thread. */
  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Long started = running.remove(test.getUniqueId());
    reported.remove(test.getUniqueId());
    if (started != null && result.getThrowable().filter(StallWatchdog::isTimeout).isPresent()) {
      report(test.getUniqueId(), Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static boolean isTimeout(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException
          || String.valueOf(cause.getMessage()).contains("Timeout on blocking read")) {
        return true;
      }
    }
    return false;
  }

  private void check() {
    long now = System.nanoTime();
    running.forEach((test, started) -> {
      Duration spent = Duration.ofNanos(now - started);
      Long last = reported.get(test);
      if (spent.compareTo(REPORT) >= 0 && (last == null || now - last >= REPORT.toNanos())) {
        reported.put(test, now);
        report(test, spent);
      }
      if (spent.compareTo(LIMIT) >= 0) {
        System.err.printf("[stall-watchdog] %s ran for %s, over the limit of %s: halting the test JVM%n", test, spent, LIMIT);
        System.err.flush();
        Runtime.getRuntime().halt(3);
      }
    });
  }

  private static void report(String test, Duration spent) {
    var out = new StringBuilder(64 * 1024);
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    out.append("[stall-watchdog] ").append(test).append(" has run for ").append(spent.toSeconds()).append(" s; heap ")
        .append(heap.getUsed() >> 20).append(" MiB used of ").append(heap.getMax() >> 20).append(" MiB; GC so far: ");
    ManagementFactory.getGarbageCollectorMXBeans().forEach(gc ->
        out.append(gc.getName()).append(' ').append(gc.getCollectionCount()).append("× ").append(gc.getCollectionTime()).append(" ms; "));
    out.append('\n');
    for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      out.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
      if (thread.getLockName() != null) {
        out.append(" on ").append(thread.getLockName());
      }
      if (thread.getLockOwnerName() != null) {
        out.append(" held by \"").append(thread.getLockOwnerName()).append('"');
      }
      out.append('\n');
      StackTraceElement[] frames = thread.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        out.append("    at ").append(frames[i]).append('\n');
      }
      if (frames.length > FRAMES) {
        out.append("    … ").append(frames.length - FRAMES).append(" more\n");
      }
    }
    System.err.print(out);
    System.err.flush();
  }
}
