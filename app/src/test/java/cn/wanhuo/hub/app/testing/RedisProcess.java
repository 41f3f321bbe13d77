package cn.wanhuo.hub.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/** A real {@code redis-server} of a test's own, which the test may stop and start again on the same port. */
public final class RedisProcess implements AutoCloseable {

  private final int port;
  private final Path dir;
  private Process process;

  public RedisProcess() {
    this.port = freePort();
    try {
      this.dir = Files.createTempDirectory("wanhuo-redis");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    start();
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public synchronized void start() {
    try {
      process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "no", "--dir", dir.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("redis-server could not be started (is it installed?)", e);
    }
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::answers);
  }

  public synchronized void stop() {
    process.destroy();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private boolean answers() {
    try (var socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write("PING\r\n".getBytes());
      byte[] reply = new byte[7];
      return socket.getInputStream().read(reply) > 0 && new String(reply).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
