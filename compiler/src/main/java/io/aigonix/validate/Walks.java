package io.aigonix.validate;

import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.MicroserviceSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The walks of one checked spec that many rules and lint checks take (every microservice, its
 * deployments with their overrides merged, the edge deployments, every node of the tree), each
 * computed on first use and then shared by the semantic rules and lint of that check: about a dozen
 * rules asked for each, and a merge of overrides is the most costly walk there is.
 */
public final class Walks {
  private final ParsedSource source;
  private final AigonixSpec spec;
  private final Map<MicroserviceSpec, List<Walk.Deployed>> deployments = new IdentityHashMap<>();
  private List<Walk.App> applications;
  private List<Walk.Ms> microservices;
  private List<EdgeDeployments.At> all;
  private List<EdgeDeployments.At> edge;
  private List<Nodes.At> nodes;

  public Walks(ParsedSource source, AigonixSpec spec) {
    this.source = source;
    this.spec = spec;
  }

  /** {@link Walk#applications}. */
  public List<Walk.App> applications() {
    if (applications == null) {
      applications = List.copyOf(Walk.applications(spec));
    }
    return applications;
  }

  /** {@link Walk#allMicroservices}: every microservice of every application, in file order. */
  public List<Walk.Ms> microservices() {
    if (microservices == null) {
      List<Walk.Ms> list = new ArrayList<>();
      for (Walk.App app : applications()) {
        list.addAll(Walk.microservices(app));
      }
      microservices = List.copyOf(list);
    }
    return microservices;
  }

  /** {@link Walk#deployments} of {@code ms}. */
  public List<Walk.Deployed> deployments(Walk.Ms ms) {
    List<Walk.Deployed> list = deployments.get(ms.spec());
    if (list == null) {
      list = List.copyOf(Walk.deployments(ms));
      deployments.put(ms.spec(), list);
    }
    return list;
  }

  /** {@link EdgeDeployments#all}: every deployment with its environment, in file order. */
  public List<EdgeDeployments.At> allDeployments() {
    if (all == null) {
      all = List.copyOf(EdgeDeployments.all(this));
    }
    return all;
  }

  /** The deployments to edge environments. */
  public List<EdgeDeployments.At> edgeDeployments() {
    if (edge == null) {
      List<EdgeDeployments.At> list = new ArrayList<>();
      for (EdgeDeployments.At at : allDeployments()) {
        if (at.edge()) {
          list.add(at);
        }
      }
      edge = List.copyOf(list);
    }
    return edge;
  }

  /** {@link Nodes#all} of the source's tree. */
  public List<Nodes.At> nodes() {
    if (nodes == null) {
      nodes = List.copyOf(Nodes.all(source.root()));
    }
    return nodes;
  }
}
