package io.aigonix.generate;

import java.util.Optional;

/**
 * Which folder of the output an object belongs in (SPEC §2.4): an application's {@code _application}
 * folder, one of its environments, or a GitOps tool's folder. {@link io.aigonix.render.Layout} turns it
 * into a path.
 */
public record Folder(Optional<String> application, Optional<String> environment, Optional<String> gitopsTool) {
  public static Folder application(String application) {
    return new Folder(Optional.of(application), Optional.empty(), Optional.empty());
  }

  public static Folder environment(String application, String environment) {
    return new Folder(Optional.of(application), Optional.of(environment), Optional.empty());
  }

  public static Folder gitops(String tool) {
    return new Folder(Optional.empty(), Optional.empty(), Optional.of(tool));
  }
}
