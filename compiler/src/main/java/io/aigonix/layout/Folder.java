package io.aigonix.layout;

import io.aigonix.model.Names;
import java.util.Optional;

/**
 * A folder of the output tree (SPEC §2.4): the generators say which one an object belongs in, and
 * {@link Layout} turns it into a path and a path back into it. A folder holds the folder form of
 * the names it belongs to ({@link Names#object}), not the names as written, so that folder → path →
 * folder gives the same folder; names starting with '_' are the layout's own ({@code _application},
 * {@code _gitops}) and are refused, which keeps every path unambiguous.
 *
 * <p>SPEC §9 edge environments are {@link Edge}: the path of {@link Environment}, holding {@code
 * application.yaml}, {@code volumes.yaml} and {@code files/<ms>/…}; as an {@link OfEnvironment} it
 * is planned and listed like any environment. {@link Layout#kustomized} answers false for it, so
 * the renderer writes no kustomization.yaml there, and {@code generate/GitopsTarget}, taking only
 * folders the layout says are kustomized, leaves it out, so no Flux or Argo CD object points at it.
 * {@link Layout#locate} tells it from a Kubernetes environment folder by the names only an edge
 * folder holds (an object file is always {@code <kind>-<name>.yaml}, with a dash; {@code files/} is
 * the only nested folder), and gives {@code files/<ms>/…} as the file, so commit messages list it
 * under {@code <app>/<env>}.
 *
 * <p>The layouts still to come slot in here as new kinds, each with a branch in {@link Layout}'s
 * methods and nothing elsewhere that knows a folder or file name:
 *
 * <ul>
 *   <li>SPEC §12 clusters (built): {@link Gitops} has an optional cluster, at {@code
 *       _gitops/<tool>/<cluster>}; {@link Layout#kustomized} is true for a Flux cluster folder (the
 *       renderer's kustomization.yaml listing the folder's files is exactly the root that lists the
 *       cluster's Kustomizations) and false for an Argo CD one (its root is the app-of-apps
 *       Application in {@code _gitops/argocd}, which points at {@code Layout.path} of that folder
 *       as the others point at theirs). Without clusters the cluster is empty and the paths are
 *       today's, byte for byte.
 * </ul>
 */
public sealed interface Folder permits Folder.OfApplication, Folder.Gitops {
  /** A folder of one application's objects; its application in folder form. */
  sealed interface OfApplication extends Folder permits Application, OfEnvironment {
    String application();
  }

  /** A folder of one environment's objects; its environment in folder form. */
  sealed interface OfEnvironment extends OfApplication permits Environment, Edge {
    String environment();
  }

  /**
   * {@code <app>/_application}: what the application's environments share (namespace, registry
   * secret).
   */
  record Application(String application) implements OfApplication {
    public Application {
      Layout.checkName(application);
    }
  }

  /**
   * {@code <app>/<env>}: the environment's objects and those of every microservice deployed there.
   */
  record Environment(String application, String environment) implements OfEnvironment {
    public Environment {
      Layout.checkName(application);
      Layout.checkName(environment);
    }
  }

  /**
   * {@code <app>/<env>} of an ioFog edge environment (SPEC §9): {@code application.yaml}, {@code
   * volumes.yaml} and the config files under {@code files/<ms>/}, for {@code iofogctl deploy -f}.
   */
  record Edge(String application, String environment) implements OfEnvironment {
    public Edge {
      Layout.checkName(application);
      Layout.checkName(environment);
    }
  }

  /**
   * {@code _gitops/<tool>}, or {@code _gitops/<tool>/<cluster>} with clusters (SPEC §12): the
   * objects a GitOps tool reads, pointing at the other folders.
   */
  record Gitops(String tool, Optional<String> cluster) implements Folder {
    public static final String FLUX = "flux";
    public static final String ARGOCD = "argocd";

    public Gitops {
      Layout.checkName(tool);
      cluster.ifPresent(Layout::checkName);
    }

    public Gitops(String tool) {
      this(tool, Optional.empty());
    }
  }

  static Application of(io.aigonix.model.Application app) {
    return new Application(app.objectName());
  }

  /**
   * The folder of an environment: {@link Edge} for an edge environment, else {@link Environment}.
   */
  static OfEnvironment of(io.aigonix.model.Application app, io.aigonix.model.Environment env) {
    String a = app.objectName();
    String e = env.objectName();
    return env.edge().isPresent() ? new Edge(a, e) : new Environment(a, e);
  }

  static Gitops flux() {
    return new Gitops(Gitops.FLUX);
  }

  static Gitops argocd() {
    return new Gitops(Gitops.ARGOCD);
  }

  /** {@code _gitops/<tool>/<cluster>}: what one cluster's tool syncs. */
  static Gitops of(String tool, String cluster) {
    return new Gitops(tool, Optional.of(cluster));
  }
}
