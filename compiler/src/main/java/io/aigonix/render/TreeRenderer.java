package io.aigonix.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.generate.EdgeFile;
import io.aigonix.generate.Generated;
import io.aigonix.generate.Generators;
import io.aigonix.generate.MsContext;
import io.aigonix.generate.Placed;
import io.aigonix.generate.Reuse;
import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Model;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the placed objects into an {@link OutputTree}: each object as YAML at the path {@link
 * Layout} gives it, and a kustomization.yaml with the sorted file list in every folder that has
 * objects and that the layout says is kustomized; the files of edge folders (SPEC §9) as they are
 * generated, ioFog documents as one YAML stream per file.
 */
public final class TreeRenderer {
  private final YamlWriter yaml = new YamlWriter();

  /**
   * An object as written: its folder, its file name there and its YAML; or, kept from the previous
   * compile, no bytes but the stamp of the old file that holds them.
   */
  private record Rendered(Folder folder, String file, byte[] bytes, FileStamp kept) {}

  /**
   * Generates the model's objects and renders each one on the generators' worker thread, as soon as
   * it is built (rendering is pure and the results come back in input order, so the tree does not
   * depend on scheduling).
   */
  public OutputTree render(Generators generators, Model model) {
    return render(generators.generate(model, this::rendered));
  }

  /**
   * The same for {@code compile -o}, where {@code recompile} says which microservices' files, and
   * which files of the wider scopes, the output folder already holds as this compile would write
   * them: those are not generated (not converted nor written, for the wider scopes), and the tree
   * refers to their old files instead of holding bytes ({@link OutputTree#kept}).
   */
  public OutputTree render(Generators generators, Model model, Recompile recompile) {
    recompile.start(model);
    return render(generators.generate(model, this::rendered, reuse(recompile)));
  }

  private static Reuse<Rendered> reuse(Recompile recompile) {
    return new Reuse<>() {
      @Override
      public List<Rendered> earlier(MsContext m) {
        RecompileCache.Entry entry = recompile.earlier(m);
        if (entry == null) {
          return null;
        }
        Folder folder = Folder.of(m.app(), m.env());
        List<Rendered> kept = new ArrayList<>(entry.files().size());
        for (int i = 0; i < entry.files().size(); i++) {
          kept.add(new Rendered(folder, entry.files().get(i), null, entry.stamps().get(i)));
        }
        return kept;
      }

      @Override
      public void generated(MsContext m, List<Rendered> objects) {
        recompile.generated(m, objects.stream().map(Rendered::file).toList());
      }

      @Override
      public Rendered earlierShared(Folder folder, HasMetadata object) {
        String file = fileOf(object);
        FileStamp stamp = recompile.earlierShared(Layout.path(folder, file));
        return stamp == null ? null : new Rendered(folder, file, null, stamp);
      }

      @Override
      public void generatedShared(Folder folder, Rendered object) {
        recompile.generatedShared(Layout.path(folder, object.file()));
      }
    };
  }

  private OutputTree render(Generated<Rendered> generated) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    TreeMap<String, FileStamp> kept = new TreeMap<>();
    Map<String, Listing> kustomized = new HashMap<>(); // by folder path
    Folder last = null;
    for (Rendered object : generated.objects()) {
      String path = Layout.path(object.folder(), object.file());
      boolean taken =
          object.bytes() == null
              ? kept.put(path, object.kept()) != null || files.containsKey(path)
              : files.put(path, object.bytes()) != null || kept.containsKey(path);
      if (taken) {
        throw new IllegalStateException("two objects would be written to " + path);
      }
      if (!object.folder().equals(last)) { // once per run of a folder's objects, not per object
        last = object.folder();
        if (Layout.kustomized(last)) {
          kustomized.putIfAbsent(
              Layout.path(last), new Listing(Layout.kustomization(last), new ArrayList<>()));
        }
      }
    }
    for (EdgeFile edge : generated.edgeFiles()) {
      String path = Layout.path(edge.folder(), edge.file());
      if (files.put(path, edgeBytes(edge)) != null || kept.containsKey(path)) {
        throw new IllegalStateException("two files would be written to " + path);
      }
    }
    list(kustomized, files, kept);
    for (Listing k : kustomized.values()) {
      files.put(k.path(), yaml.write(kustomization(k.files())));
    }
    return OutputTree.adopt(files, kept);
  }

  /** A kustomization.yaml: its path, and the names of its folder's files, in order. */
  private record Listing(String path, List<String> files) {}

  /**
   * Fills each kustomized folder's listing with the names of the folder's files, sorted: read off
   * the two sorted maps in one merged pass, in which a folder's files come in their order (no set
   * to sort them into, which cost a recompile 15,443 string comparisons per level of a tree). Only
   * objects are in kustomized folders; edge files have folders of their own.
   */
  private static void list(
      Map<String, Listing> kustomized,
      TreeMap<String, byte[]> files,
      TreeMap<String, FileStamp> kept) {
    Iterator<String> a = files.keySet().iterator();
    Iterator<String> b = kept.keySet().iterator();
    String nextA = a.hasNext() ? a.next() : null;
    String nextB = b.hasNext() ? b.next() : null;
    while (nextA != null || nextB != null) {
      String path;
      if (nextB == null || nextA != null && nextA.compareTo(nextB) < 0) {
        path = nextA;
        nextA = a.hasNext() ? a.next() : null;
      } else {
        path = nextB;
        nextB = b.hasNext() ? b.next() : null;
      }
      int slash = path.lastIndexOf('/');
      Listing listing = slash < 0 ? null : kustomized.get(path.substring(0, slash));
      if (listing != null) {
        listing.files().add(path.substring(slash + 1));
      }
    }
  }

  private Rendered rendered(Placed placed) {
    return new Rendered(placed.folder(), fileOf(placed.object()), yaml.write(placed.tree()), null);
  }

  private static String fileOf(HasMetadata object) {
    return Layout.objectFile(object.getKind(), object.getMetadata().getName());
  }

  /**
   * An edge folder's file: its documents as one YAML stream, or a config file's bytes as they are.
   */
  private byte[] edgeBytes(EdgeFile edge) {
    if (edge instanceof EdgeFile.Raw raw) {
      return raw.bytes();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<JsonNode> documents = ((EdgeFile.Documents) edge).documents();
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        out.writeBytes("---\n".getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(yaml.write(documents.get(i)));
    }
    return out.toByteArray();
  }

  private static JsonNode kustomization(List<String> resources) {
    ObjectNode k = JsonNodeFactory.instance.objectNode();
    k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    k.put("kind", "Kustomization");
    resources.forEach(k.putArray("resources")::add);
    return k;
  }
}
