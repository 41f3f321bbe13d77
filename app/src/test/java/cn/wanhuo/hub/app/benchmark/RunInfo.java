package cn.wanhuo.hub.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark report says about the run itself: the commit measured and how busy the machine was. */
final class RunInfo {

  private RunInfo() {}

  /** The 1, 5 and 15 minute load averages. */
  static String loadAverage() {
    try {
      var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** The commit measured, "-dirty" when the working tree had changes. */
  static String revision() {
    try {
      var git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
      String described = new String(git.getInputStream().readAllBytes()).strip();
      return git.waitFor() == 0 ? described : "unknown";
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** Writes a report and prints it, with where it is. */
  static void write(Path report, String markdown) throws Exception {
    Files.createDirectories(report.getParent());
    Files.writeString(report, markdown);
    System.out.println("\n" + markdown + "\nReport: " + report.toAbsolutePath());
  }
}
