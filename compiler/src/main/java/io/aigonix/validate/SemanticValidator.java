package io.aigonix.validate;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.validate.rules.AutoscalingRule;
import io.aigonix.validate.rules.AutoscalingWithReplicasRule;
import io.aigonix.validate.rules.CiphertextRule;
import io.aigonix.validate.rules.ClusterRule;
import io.aigonix.validate.rules.ConfigFileMissingRule;
import io.aigonix.validate.rules.ConfigFileNameRule;
import io.aigonix.validate.rules.ConfigFileOutsideRule;
import io.aigonix.validate.rules.ConfigMapSizeRule;
import io.aigonix.validate.rules.ControlCharacterRule;
import io.aigonix.validate.rules.DerivedNameRule;
import io.aigonix.validate.rules.DualSyncRule;
import io.aigonix.validate.rules.DuplicateIdRule;
import io.aigonix.validate.rules.DuplicatePublicPathRule;
import io.aigonix.validate.rules.DuplicateTenantRule;
import io.aigonix.validate.rules.DurationRule;
import io.aigonix.validate.rules.EdgeAgentRule;
import io.aigonix.validate.rules.EdgeEntrypointRule;
import io.aigonix.validate.rules.EdgeEventHorizonRule;
import io.aigonix.validate.rules.EdgeIgnoredFieldRule;
import io.aigonix.validate.rules.EdgeNameRule;
import io.aigonix.validate.rules.EdgePortConflictRule;
import io.aigonix.validate.rules.EdgeReservedPortRule;
import io.aigonix.validate.rules.EdgeRuntimeRule;
import io.aigonix.validate.rules.EdgeSecretEnvRule;
import io.aigonix.validate.rules.EdgeTenantHostRule;
import io.aigonix.validate.rules.EnvNameRule;
import io.aigonix.validate.rules.GuidRule;
import io.aigonix.validate.rules.HostRule;
import io.aigonix.validate.rules.ImageRule;
import io.aigonix.validate.rules.InvalidSecretRefRule;
import io.aigonix.validate.rules.MissingClusterRule;
import io.aigonix.validate.rules.MixedSecretSourcesRule;
import io.aigonix.validate.rules.NameRule;
import io.aigonix.validate.rules.PortRule;
import io.aigonix.validate.rules.ProbeHandlerRule;
import io.aigonix.validate.rules.ProbePathRule;
import io.aigonix.validate.rules.ProducerRuntimeRule;
import io.aigonix.validate.rules.ProducerTenantRule;
import io.aigonix.validate.rules.PublicPathFormatRule;
import io.aigonix.validate.rules.PublicPathMissingRule;
import io.aigonix.validate.rules.QuantityRule;
import io.aigonix.validate.rules.ReferenceRule;
import io.aigonix.validate.rules.RequestLimitRule;
import io.aigonix.validate.rules.SecretInEnvRule;
import io.aigonix.validate.rules.SecretStoreMissingRule;
import io.aigonix.validate.rules.SharedEnvironmentRule;
import io.aigonix.validate.rules.UniqueNameRule;
import io.aigonix.validate.rules.UnknownEnvironmentRule;
import io.aigonix.validate.rules.UnknownProducerRule;
import io.aigonix.validate.rules.UrlRule;
import io.aigonix.validate.rules.WholeNumberRule;
import java.util.List;

/**
 * Runs every semantic rule over a schema-valid spec. The list of rules is written out here, once.
 */
public final class SemanticValidator {
  private final List<SemanticRule> rules =
      List.of(
          new NameRule(),
          new UniqueNameRule(),
          new DerivedNameRule(),
          new DuplicateIdRule(),
          new GuidRule(),
          new PortRule(),
          new EnvNameRule(),
          new SecretInEnvRule(),
          new UnknownEnvironmentRule(),
          new UnknownProducerRule(),
          new ProducerRuntimeRule(),
          new SharedEnvironmentRule(),
          new DuplicatePublicPathRule(),
          new PublicPathFormatRule(),
          new CiphertextRule(),
          new MixedSecretSourcesRule(),
          new SecretStoreMissingRule(),
          new InvalidSecretRefRule(),
          new ConfigFileOutsideRule(),
          new ConfigFileMissingRule(),
          new ConfigMapSizeRule(),
          new QuantityRule(),
          new RequestLimitRule(),
          new HostRule(),
          new ReferenceRule(),
          new ImageRule(),
          new DurationRule(),
          new UrlRule(),
          new ConfigFileNameRule(),
          new ControlCharacterRule(),
          new DuplicateTenantRule(),
          new ProducerTenantRule(),
          new ProbePathRule(),
          new WholeNumberRule(),
          new AutoscalingRule(),
          new AutoscalingWithReplicasRule(),
          new ProbeHandlerRule(),
          new ClusterRule(),
          new MissingClusterRule(),
          new DualSyncRule(),
          new PublicPathMissingRule(),
          new EdgeRuntimeRule(),
          new EdgeSecretEnvRule(),
          new EdgeEventHorizonRule(),
          new EdgeTenantHostRule(),
          new EdgeEntrypointRule(),
          new EdgeAgentRule(),
          new EdgeNameRule(),
          new EdgeReservedPortRule(),
          new EdgePortConflictRule(),
          new EdgeIgnoredFieldRule());

  /** The rules' findings; {@code walks} are the spec's, shared with lint. */
  public List<Diagnostic> validate(ParsedSource source, AigonixSpec spec, Walks walks) {
    RuleContext context = new RuleContext(source, spec, walks);
    for (SemanticRule rule : rules) {
      rule.check(context);
    }
    return context.diagnostics();
  }
}
