package io.aigonix.generate;

import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Microservice;
import io.aigonix.model.Model;
import io.aigonix.model.Names;

/** What a microservice-scope generator reads: one microservice as deployed to one environment. */
public record MsContext(Model model, Application app, Environment env, Microservice ms) {
  public String namespace() {
    return app.namespace();
  }

  /** {@code <env>-<microservice>}: Deployment, Service and the prefix of the other names. */
  public String name() {
    return Names.microservice(env.objectName(), ms.objectName());
  }

  public EnvContext environment() {
    return new EnvContext(model, app, env);
  }
}
