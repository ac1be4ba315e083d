package io.aigonix.model;

import io.aigonix.model.Microservice.Consent;
import io.aigonix.model.Microservice.Subscription;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs event horizons (SPEC §2.3): for each subscription, in every environment (matched by object
 * name, across applications too) where consumer and producer are both deployed and the producer has
 * a runtime, and for each tenant of the consumer's environment, the consumer gets a {@link
 * Subscription} (producer tenant = the same tenant) and the producer the matching {@link Consent}.
 * The consent id is the UUIDv5 of {@link Names#consent}. Lists keep the order of the file:
 * applications, microservices, event horizons, tenants. The maps below are only looked up, never
 * iterated into output.
 */
final class EventHorizons {
  private record At(int app, int env, int ms) {}

  private final AigonixSpec spec;

  EventHorizons(AigonixSpec spec) {
    this.spec = spec;
  }

  List<Application> pair(List<Application> applications) {
    Map<At, List<Subscription>> subscriptions = new HashMap<>();
    Map<At, List<Consent>> consents = new HashMap<>();
    for (int a = 0; a < applications.size(); a++) {
      ApplicationSpec appSpec = spec.applications().get(a);
      for (MicroserviceSpec consumerSpec : appSpec.microservices()) {
        for (EventHorizonSpec eh : consumerSpec.eventHorizons()) {
          int producerApp =
              eh.producer().application() == null
                  ? a
                  : indexOfApplication(eh.producer().application());
          if (producerApp < 0) {
            continue;
          }
          for (int e = 0; e < applications.get(a).environments().size(); e++) {
            Environment env = applications.get(a).environments().get(e);
            At consumer = find(applications, a, e, consumerSpec.name());
            int producerEnv = indexOfEnvironment(applications.get(producerApp), env.name());
            At producer =
                producerEnv < 0
                    ? null
                    : find(applications, producerApp, producerEnv, eh.producer().microservice());
            if (consumer == null
                || producer == null
                || microservice(applications, producer).runtime().isEmpty()) {
              continue;
            }
            Microservice c = microservice(applications, consumer);
            Microservice p = microservice(applications, producer);
            String partition = eh.partition() == null ? Defaults.PARTITION : eh.partition();
            String stream = eh.stream().toLowerCase(Locale.ROOT);
            String scope = eh.scope().toLowerCase(Locale.ROOT);
            String host =
                Names.runtimeHost(
                    env.objectName(), p.objectName(), applications.get(producerApp).id());
            for (Environment.Tenant tenant : env.tenants()) {
              subscriptions
                  .computeIfAbsent(consumer, k -> new ArrayList<>())
                  .add(
                      new Subscription(
                          tenant.id(),
                          p.id(),
                          tenant.id(),
                          stream,
                          partition,
                          scope,
                          host,
                          Defaults.RUNTIME_PUBLIC_PORT));
              String consentId =
                  Uuids.derive(
                      Names.consent(
                          env.name(), c.id(), p.id(), tenant.id(), stream, partition, scope));
              consents
                  .computeIfAbsent(producer, k -> new ArrayList<>())
                  .add(
                      new Consent(
                          tenant.id(),
                          c.id(),
                          tenant.id(),
                          stream,
                          partition,
                          consentId,
                          applications.get(a).name(),
                          c.name()));
            }
          }
        }
      }
    }
    return rebuild(applications, subscriptions, consents);
  }

  private static List<Application> rebuild(
      List<Application> applications,
      Map<At, List<Subscription>> subscriptions,
      Map<At, List<Consent>> consents) {
    List<Application> result = new ArrayList<>();
    for (int a = 0; a < applications.size(); a++) {
      Application app = applications.get(a);
      List<Environment> envs = new ArrayList<>();
      for (int e = 0; e < app.environments().size(); e++) {
        Environment env = app.environments().get(e);
        List<Microservice> mss = new ArrayList<>();
        for (int m = 0; m < env.microservices().size(); m++) {
          At at = new At(a, e, m);
          mss.add(
              env.microservices()
                  .get(m)
                  .withEventHorizons(
                      subscriptions.getOrDefault(at, List.of()),
                      consents.getOrDefault(at, List.of())));
        }
        envs.add(env.withMicroservices(mss));
      }
      result.add(app.withEnvironments(envs));
    }
    return result;
  }

  private int indexOfApplication(String name) {
    for (int i = 0; i < spec.applications().size(); i++) {
      if (Names.object(spec.applications().get(i).name()).equals(Names.object(name))) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfEnvironment(Application app, String name) {
    for (int i = 0; i < app.environments().size(); i++) {
      if (Names.object(app.environments().get(i).name()).equals(Names.object(name))) {
        return i;
      }
    }
    return -1;
  }

  private static At find(List<Application> applications, int app, int env, String name) {
    List<Microservice> mss = applications.get(app).environments().get(env).microservices();
    for (int m = 0; m < mss.size(); m++) {
      if (Names.object(mss.get(m).name()).equals(Names.object(name))) {
        return new At(app, env, m);
      }
    }
    return null;
  }

  private static Microservice microservice(List<Application> applications, At at) {
    return applications.get(at.app()).environments().get(at.env()).microservices().get(at.ms());
  }
}
