package io.aigonix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version baked into the jar at build time. Never written into manifests (SPEC §2.5). */
public final class Version implements IVersionProvider {

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/io/aigonix/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"aigonix " + current()};
  }
}
