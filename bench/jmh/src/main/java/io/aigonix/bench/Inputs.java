package io.aigonix.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/** Benchmark inputs: the repository's samples and generated files of a given size. */
final class Inputs {
  private Inputs() {}

  /** The repository root: -Daigonix.root, else the working directory. */
  static Path root() {
    return Paths.get(System.getProperty("aigonix.root", ".")).toAbsolutePath().normalize();
  }

  /**
   * The shape bench/compile-bench.sh generates: {@code count} microservices split over two
   * applications with Dev, Test and Prod, half with an explicit runtime, every tenth public, each
   * with env and one config file.
   */
  static String microservices(int count) {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: aigonix/v1\n")
        .append("customer: { name: Bench Corp }\n")
        .append("gitops: { flux: { enabled: true } }\n")
        .append("applications:\n");
    for (int app = 1; app <= 2; app++) {
      y.append("  - name: App").append(app).append('\n');
      y.append("    environments:\n");
      y.append("      - name: Dev\n");
      y.append(
              "        tenants: [ { id: 445f8ea8-1a6f-40d7-b2fc-796dba92dc44, hosts: [ { host: dev")
          .append(app)
          .append(".bench.example } ] } ]\n");
      y.append("      - name: Test\n      - name: Prod\n");
      y.append("    microservices:\n");
      for (int i = 1; i <= count / 2; i++) {
        y.append("      - name: Service").append(i).append('\n');
        y.append("        head: { image: registry.example/app")
            .append(app)
            .append("/service")
            .append(i)
            .append(":1.0.")
            .append(i)
            .append(", port: 8080 }\n");
        if (i % 2 == 0) {
          y.append("        runtime: { image: dolittle/runtime:9.3.3 }\n");
        }
        if (i % 10 == 0) {
          y.append("        public: { path: /s").append(i).append(" }\n");
        }
        y.append("        env: { LOG_LEVEL: info, INDEX: \"").append(i).append("\" }\n");
        y.append("        configFiles: { settings.json: { content: \"{\\\"index\\\": ")
            .append(i)
            .append("}\\n\" } }\n");
      }
    }
    return y.toString();
  }

  /** A temporary folder with {@link #microservices} of {@code count} as its aigonix.yaml. */
  static Path microservicesFile(int count) throws IOException {
    Path file = Files.createTempDirectory("aigonix-bench").resolve("aigonix.yaml");
    Files.writeString(file, microservices(count));
    return file;
  }

  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Inputs::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
