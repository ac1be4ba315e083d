package io.aigonix.layout;

import java.util.Locale;
import java.util.Optional;

/**
 * The output layout (SPEC §2.4), the only code that knows folder and file names: {@code
 * <app>/_application/}, {@code <app>/<env>/} and {@code _gitops/<tool>/} (with clusters, SPEC §12,
 * also {@code _gitops/<tool>/<cluster>/}), one object per file {@code <kind>-<name>.yaml}, a {@code
 * kustomization.yaml} in the application and environment folders (and a cluster's Flux folder), and
 * the marker file of a written tree. Generators name a {@link Folder}; the renderer asks here for
 * paths and which folders get a kustomization.yaml; the Flux and Argo CD generators ask for the
 * folder they point at; diff and publish ask which folder a path is in instead of taking paths
 * apart.
 *
 * <p>{@link #locate} is the inverse of {@link #path(Folder, String)} for every folder kind; a path
 * outside every folder (a file aigonix does not write, such as a README beside the tree) has no
 * folder. How coming folder kinds fit is described on {@link Folder}.
 */
public final class Layout {
  /** Marks a folder written by {@code aigonix compile}; it is not part of the tree. */
  public static final String MARKER = ".aigonix-output";

  private static final String KUSTOMIZATION = "kustomization.yaml";
  private static final String APPLICATION = "_application";
  private static final String GITOPS = "_gitops";
  private static final String EDGE_APPLICATION = "application.yaml";
  private static final String EDGE_VOLUMES = "volumes.yaml";
  private static final String EDGE_FILES = "files";

  private Layout() {}

  /**
   * Where a path of the tree is: its folder (empty when outside every folder), the directory it is
   * listed under (the folder's path, else the path's parent directory; "" at the root) and its name
   * relative to that directory.
   */
  public record Location(Optional<Folder> folder, String directory, String file) {}

  /** The folder's path relative to the root of the tree, without a trailing slash. */
  public static String path(Folder folder) {
    if (folder instanceof Folder.Application a) {
      return a.application() + "/" + APPLICATION;
    }
    if (folder instanceof Folder.OfEnvironment e) {
      return e.application() + "/" + e.environment();
    }
    if (folder instanceof Folder.Gitops g) {
      return GITOPS + "/" + g.tool() + g.cluster().map(c -> "/" + c).orElse("");
    }
    throw new IllegalArgumentException("unknown folder " + folder);
  }

  /** The path of a file in a folder. */
  public static String path(Folder folder, String file) {
    return path(folder) + "/" + file;
  }

  /** File name of an object: {@code <kind>-<name>.yaml}, lower case. */
  public static String objectFile(String kind, String name) {
    return (kind + "-" + name).toLowerCase(Locale.ROOT) + ".yaml";
  }

  /** An edge folder's iofog.org/v3 Application, relative to the folder. */
  public static String edgeApplication() {
    return EDGE_APPLICATION;
  }

  /** An edge folder's Volumes (one per microservice with config files), relative to the folder. */
  public static String edgeVolumes() {
    return EDGE_VOLUMES;
  }

  /**
   * The folder of a microservice's config files in an edge folder, relative to it (a Volume's
   * source).
   */
  public static String edgeFiles(String microservice) {
    checkName(microservice);
    return EDGE_FILES + "/" + microservice;
  }

  /** A config file of a microservice in an edge folder, relative to the folder. */
  public static String edgeFile(String microservice, String name) {
    checkName(name);
    return edgeFiles(microservice) + "/" + name;
  }

  /**
   * Whether the folder gets a kustomization.yaml listing its files: the application and environment
   * folders do (they are what the GitOps tools sync), and so does a cluster's Flux folder (its
   * root: the Kustomizations that cluster applies); the other GitOps folders do not.
   */
  public static boolean kustomized(Folder folder) {
    return folder instanceof Folder.Application
        || folder instanceof Folder.Environment
        || folder instanceof Folder.Gitops g
            && g.tool().equals(Folder.Gitops.FLUX)
            && g.cluster().isPresent();
  }

  /** The path of a kustomized folder's kustomization.yaml. */
  public static String kustomization(Folder folder) {
    if (!kustomized(folder)) {
      throw new IllegalArgumentException(path(folder) + " has no kustomization.yaml");
    }
    return path(folder, KUSTOMIZATION);
  }

  /** Whether a path is a kustomization.yaml (layout, not an object), wherever it is. */
  public static boolean isKustomization(String path) {
    return path.equals(KUSTOMIZATION) || path.endsWith("/" + KUSTOMIZATION);
  }

  /** Whether a path is a config file of an edge folder: bytes as they are, not a document. */
  public static boolean isEdgeConfigFile(String path) {
    Location at = locate(path);
    return at.folder().orElse(null) instanceof Folder.Edge
        && at.file().startsWith(EDGE_FILES + "/");
  }

  /** Where a path of the tree is; see {@link Location}. */
  public static Location locate(String path) {
    int slash = path.lastIndexOf('/');
    String directory = slash < 0 ? "" : path.substring(0, slash);
    String file = path.substring(slash + 1);
    String[] parts = path.split("/", -1);
    if (parts.length == 5
        && parts[2].equals(EDGE_FILES)
        && isName(parts[3])
        && isName(parts[4])
        && isName(parts[0])
        && isName(parts[1])) {
      return new Location(
          Optional.of(new Folder.Edge(parts[0], parts[1])),
          parts[0] + "/" + parts[1],
          EDGE_FILES + "/" + parts[3] + "/" + parts[4]);
    }
    Optional<Folder> folder =
        file.isEmpty()
            ? Optional.empty()
            : parts.length == 3
                ? folderAt(parts[0], parts[1])
                : parts.length == 4
                        && parts[0].equals(GITOPS)
                        && isName(parts[1])
                        && isName(parts[2])
                    ? Optional.of(new Folder.Gitops(parts[1], Optional.of(parts[2])))
                    : Optional.empty();
    if (folder.orElse(null) instanceof Folder.Environment e
        && (file.equals(EDGE_APPLICATION) || file.equals(EDGE_VOLUMES))) {
      folder = Optional.of(new Folder.Edge(e.application(), e.environment()));
    }
    return new Location(folder, directory, file);
  }

  /** The folder a path is in, empty when it is outside every folder. */
  public static Optional<Folder> folderOf(String path) {
    return locate(path).folder();
  }

  private static Optional<Folder> folderAt(String first, String second) {
    if (first.equals(GITOPS)) {
      return isName(second) ? Optional.of(new Folder.Gitops(second)) : Optional.empty();
    }
    if (!isName(first)) {
      return Optional.empty();
    }
    if (second.equals(APPLICATION)) {
      return Optional.of(new Folder.Application(first));
    }
    return isName(second) ? Optional.of(new Folder.Environment(first, second)) : Optional.empty();
  }

  static void checkName(String name) {
    if (!isName(name)) {
      throw new IllegalArgumentException("not a folder name: '" + name + "'");
    }
  }

  /** A path segment that is not one of the layout's own names (those start with '_'). */
  private static boolean isName(String name) {
    return name != null
        && !name.isEmpty()
        && !name.startsWith("_")
        && !name.contains("/")
        && !name.equals(".")
        && !name.equals("..");
  }
}
