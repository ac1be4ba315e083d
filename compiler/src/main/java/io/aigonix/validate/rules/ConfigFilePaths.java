package io.aigonix.validate.rules;

import io.aigonix.source.Pointers;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every {@code file:} reference of a microservice, in its base and in its overrides, with its pointer. */
final class ConfigFilePaths {
  record Ref(String file, String pointer) {}

  private ConfigFilePaths() {}

  static List<Ref> of(Walk.Ms ms) {
    List<Ref> refs = new ArrayList<>();
    add(refs, ms.spec().configFiles(), ms.at("/configFiles"));
    if (ms.spec().environments() != null) {
      ms.spec().environments().forEach((env, o) -> {
        if (o != null) {
          add(refs, o.configFiles(), Pointers.child(ms.at("/environments"), env) + "/configFiles");
        }
      });
    }
    return refs;
  }

  private static void add(List<Ref> refs, Map<String, ConfigFileSpec> files, String pointer) {
    if (files == null) {
      return;
    }
    files.forEach((name, spec) -> {
      if (spec != null && spec.file() != null) {
        refs.add(new Ref(spec.file(), Pointers.child(pointer, name) + "/file"));
      }
    });
  }
}
