package io.aigonix.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Names;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutTest {
  static Stream<Arguments> everyFolderKind() {
    return Stream.of(
        Arguments.of(new Folder.Application("webshop"), "webshop/_application"),
        Arguments.of(new Folder.Environment("webshop", "prod"), "webshop/prod"),
        Arguments.of(
            new Folder.Environment("scanner-gateway", "field-test"), "scanner-gateway/field-test"),
        Arguments.of(Folder.flux(), "_gitops/flux"),
        Arguments.of(Folder.argocd(), "_gitops/argocd"),
        Arguments.of(Folder.of(Folder.Gitops.FLUX, "prod"), "_gitops/flux/prod"),
        Arguments.of(Folder.of(Folder.Gitops.ARGOCD, "dev-west"), "_gitops/argocd/dev-west"));
  }

  @ParameterizedTest
  @MethodSource("everyFolderKind")
  void pathAndFolderRoundTrip(Folder folder, String path) {
    assertThat(Layout.path(folder)).isEqualTo(path);
    String file = Layout.objectFile("Deployment", "prod-orders");
    assertThat(Layout.path(folder, file)).isEqualTo(path + "/deployment-prod-orders.yaml");
    assertThat(Layout.locate(Layout.path(folder, file)))
        .isEqualTo(new Layout.Location(Optional.of(folder), path, file));
    assertThat(Layout.folderOf(path + "/kustomization.yaml")).contains(folder);
  }

  @Test
  void foldersOfTheModelUseTheObjectFormOfTheNames() {
    Environment env =
        new Environment(
            "Field Test",
            Names.object("Field Test", null),
            false,
            List.of(),
            null,
            null,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty());
    Application app =
        new Application(
            "Scanner Gateway",
            Names.object("Scanner Gateway", null),
            "id",
            Optional.empty(),
            List.of(env),
            Optional.empty());
    assertThat(Folder.of(app)).isEqualTo(new Folder.Application("scanner-gateway"));
    assertThat(Folder.of(app, env))
        .isEqualTo(new Folder.Environment("scanner-gateway", "field-test"));
    Application renamed =
        new Application(
            "Scanner Gateway",
            Names.object("Scanner Gateway", "gateway"),
            "id",
            Optional.empty(),
            List.of(env),
            Optional.empty());
    assertThat(Folder.of(renamed)).isEqualTo(new Folder.Application("gateway"));
  }

  @Test
  void objectFilesAreKindAndNameInLowerCase() {
    assertThat(Layout.objectFile("SealedSecret", "dev-orders-secret-env-variables"))
        .isEqualTo("sealedsecret-dev-orders-secret-env-variables.yaml");
    assertThat(Layout.objectFile("Kustomization", "webshop-dev"))
        .isEqualTo("kustomization-webshop-dev.yaml");
  }

  @Test
  void applicationAndEnvironmentFoldersAreKustomizedGitopsFoldersNot() {
    assertThat(Layout.kustomized(new Folder.Application("webshop"))).isTrue();
    assertThat(Layout.kustomization(new Folder.Application("webshop")))
        .isEqualTo("webshop/_application/kustomization.yaml");
    assertThat(Layout.kustomization(new Folder.Environment("webshop", "dev")))
        .isEqualTo("webshop/dev/kustomization.yaml");
    assertThat(Layout.kustomized(Folder.flux())).isFalse();
    assertThat(Layout.kustomized(Folder.argocd())).isFalse();
    assertThatThrownBy(() -> Layout.kustomization(Folder.flux()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClustersFluxFolderIsKustomizedItsArgoFolderNot() {
    assertThat(Layout.kustomization(Folder.of(Folder.Gitops.FLUX, "prod")))
        .isEqualTo("_gitops/flux/prod/kustomization.yaml");
    assertThat(Layout.kustomized(Folder.of(Folder.Gitops.ARGOCD, "prod"))).isFalse();
    assertThatThrownBy(() -> Folder.of(Folder.Gitops.FLUX, "_prod"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kustomizationFilesAreRecognisedWhereverTheyAre() {
    assertThat(Layout.isKustomization("webshop/dev/kustomization.yaml")).isTrue();
    assertThat(Layout.isKustomization("kustomization.yaml")).isTrue();
    assertThat(Layout.isKustomization("_gitops/flux/kustomization-webshop.yaml")).isFalse();
    assertThat(Layout.isKustomization("webshop/dev/my-kustomization.yaml")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "README.md",
        ".aigonix-output",
        "flux-system/gotk-components.yaml",
        "webshop/deployment-dev-orders.yaml",
        "webshop/prod/files/appsettings.json",
        "_gitops/x.yaml",
        "webshop/prod/files/orders/nested/a.json",
        "webshop/prod/other/orders/a.json",
        "_gitops/prod/files/orders/a.json",
        "_gitops/flux/prod/x/kustomization-webshop.yaml",
        "_gitops/flux/_prod/x.yaml",
        "_gitops/_application/x.yaml",
        "webshop/_gitops/x.yaml",
        "_application/prod/x.yaml",
        "webshop/_prod/x.yaml",
        "webshop/prod/"
      })
  void pathsOutsideEveryFolderHaveNone(String path) {
    assertThat(Layout.folderOf(path)).isEmpty();
  }

  @Test
  void aPathOutsideEveryFolderIsListedUnderItsDirectory() {
    assertThat(Layout.locate("README.md"))
        .isEqualTo(new Layout.Location(Optional.empty(), "", "README.md"));
    assertThat(Layout.locate("webshop/prod/other/orders/a.json"))
        .isEqualTo(new Layout.Location(Optional.empty(), "webshop/prod/other/orders", "a.json"));
  }

  @Test
  void edgeFoldersHaveTheEnvironmentPathAndAreToldApartByTheirFiles() {
    Folder.Edge edge = new Folder.Edge("field-app", "field");
    assertThat(Layout.path(edge)).isEqualTo("field-app/field");
    assertThat(Layout.kustomized(edge)).isFalse();
    assertThatThrownBy(() -> Layout.kustomization(edge))
        .isInstanceOf(IllegalArgumentException.class);
    for (String file :
        List.of(
            Layout.edgeApplication(), Layout.edgeVolumes(), Layout.edgeFile("scanner", "a.bin"))) {
      assertThat(Layout.locate(Layout.path(edge, file)))
          .isEqualTo(new Layout.Location(Optional.of(edge), "field-app/field", file));
    }
    assertThat(Layout.edgeFile("scanner", "a.bin")).isEqualTo("files/scanner/a.bin");
    assertThat(Layout.locate("field-app/field/deployment-field-scanner.yaml").folder())
        .contains(new Folder.Environment("field-app", "field"));
  }

  @Test
  void anEdgeEnvironmentOfTheModelHasAnEdgeFolder() {
    Environment env =
        new Environment(
            "Field",
            "field",
            false,
            List.of(),
            null,
            null,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of(new Environment.Edge(List.of("horse-1"), "remote")));
    Application app =
        new Application(
            "Field App", "field-app", "id", Optional.empty(), List.of(env), Optional.empty());
    assertThat(Folder.of(app, env)).isEqualTo(new Folder.Edge("field-app", "field"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_application", "_gitops", "a/b", ".", ".."})
  void foldersRefuseNamesThatWouldMakePathsAmbiguous(String name) {
    assertThatThrownBy(() -> new Folder.Application(name))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Folder.Environment("webshop", name))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Folder.Gitops(name)).isInstanceOf(IllegalArgumentException.class);
  }
}
