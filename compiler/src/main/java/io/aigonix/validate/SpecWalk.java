package io.aigonix.validate;

import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec;
import java.util.ArrayList;
import java.util.List;

/** The applications, environments and microservices of a spec with the JSON pointers they sit at. */
final class SpecWalk {
  record App(ApplicationSpec spec, String pointer) {}

  record Env(App app, EnvironmentSpec spec, String pointer) {}

  record Ms(App app, MicroserviceSpec spec, String pointer) {
    String at(String relative) {
      return pointer + relative;
    }
  }

  private SpecWalk() {}

  static List<App> applications(AigonixSpec spec) {
    List<App> apps = new ArrayList<>();
    for (int i = 0; i < spec.applications().size(); i++) {
      apps.add(new App(spec.applications().get(i), "/applications/" + i));
    }
    return apps;
  }

  static List<Env> environments(App app) {
    List<Env> envs = new ArrayList<>();
    for (int k = 0; k < app.spec().environments().size(); k++) {
      envs.add(new Env(app, app.spec().environments().get(k), app.pointer() + "/environments/" + k));
    }
    return envs;
  }

  static List<Ms> microservices(App app) {
    List<Ms> list = new ArrayList<>();
    for (int j = 0; j < app.spec().microservices().size(); j++) {
      list.add(new Ms(app, app.spec().microservices().get(j), app.pointer() + "/microservices/" + j));
    }
    return list;
  }

  static List<Ms> allMicroservices(AigonixSpec spec) {
    List<Ms> list = new ArrayList<>();
    applications(spec).forEach(app -> list.addAll(microservices(app)));
    return list;
  }
}
