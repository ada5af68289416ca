package io.clearance.modeler;

/** What a deployment created. */
public record DeployedDefinition(String definitionId, String key, int version, String deploymentId) {
}
