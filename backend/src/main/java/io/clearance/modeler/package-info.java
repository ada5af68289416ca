/**
 * The process modeler's server side: validating BPMN before it is deployed (the engine's parser, lint checks and the
 * process contracts the Java side declares), deploying new versions, drafts, live counts per activity, exporting a
 * version as a file, and migrating running instances between versions. Everything engine-bound is in
 * {@code modeler.process}; deployments are audited through {@link io.clearance.modeler.ProcessDeployed}.
 */
package io.clearance.modeler;
