package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 at scale: a dump of 1,000 microservices imports in seconds (the figure is printed for the
 * README).
 */
class ImportScaleTest {
  @TempDir Path dir;

  @Test
  void aThousandMicroservices() throws Exception {
    Files.write(dir.resolve("dump.yaml"), PlatformDump.scaled(1000).list());
    long bytes = Files.size(dir.resolve("dump.yaml"));
    long start = System.nanoTime();
    Imported imported =
        new Importer()
            .run(dir, List.of("dump.yaml"), new Importer.Options(false, Optional.empty()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(
        "import of 1000 microservices (" + bytes / 1024 + " KiB dump): " + millis + " ms");
    assertThat(imported.hasErrors()).isFalse();
    assertThat(imported.report().toSeal()).singleElement().asString().contains("--registry");
    assertThat(millis).isLessThan(60_000);
  }
}
