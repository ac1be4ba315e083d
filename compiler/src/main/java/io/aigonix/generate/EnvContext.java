package io.aigonix.generate;

import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Model;

/** What an environment-scope generator reads. */
public record EnvContext(Model model, Application app, Environment env) {
  public String namespace() {
    return app.namespace();
  }
}
