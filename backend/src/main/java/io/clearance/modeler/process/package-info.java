/**
 * The engine side of the modeler: the BPMN validator (Camunda's parser without deploying, lint checks, the process
 * contracts), deployments, statistics and migration through the engine's services.
 */
package io.clearance.modeler.process;
