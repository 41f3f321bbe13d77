package cn.wanhuo.hub.app.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * One hub started from the packaged jar as a process of its own, so a test can kill it the way a machine dies
 * (SIGKILL: no shutdown hook, no lock released, no lease handed back).
 */
public final class HubInstance implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private HubInstance(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts the jar with the given environment on a free port; returns once the process runs (not yet ready).
   *
   * @param jar the packaged hub, {@code app/target/wanhuo-hub.jar}
   * @param logDir where {@code <name>.log} is written
   */
  public static HubInstance start(String name, Path jar, Path logDir, Map<String, String> environment) {
    int port = freePort();
    Path log = logDir.resolve(name + ".log");
    try {
      Files.createDirectories(logDir);
      List<String> command = new ArrayList<>(List.of(javaBinary(), "--enable-native-access=ALL-UNNAMED",
          "-Xms256m", "-Xmx512m", "-jar", jar.toString()));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      builder.environment().put("PORT", Integer.toString(port));
      return new HubInstance(name, port, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start hub " + name, e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public String name() {
    return name;
  }

  /** Waits until readiness answers UP, failing early with the log's path if the process died. */
  public HubInstance awaitReady(Duration atMost) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Awaitility.await(name + " ready (log: " + log + ")").atMost(atMost).pollInterval(Duration.ofSeconds(1))
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
          }
          try {
            HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200;
          } catch (IOException e) {
            return false;
          }
        });
    return this;
  }

  /** SIGKILL, as when the machine dies; waits until the process is gone. */
  public void kill() {
    process.destroyForcibly();
    Awaitility.await(name + " killed").atMost(Duration.ofSeconds(20)).until(() -> !process.isAlive());
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
