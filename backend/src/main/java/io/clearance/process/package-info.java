/**
 * Engine configuration: deploying {@code processes/}, the application clock shared with the engine, the identity
 * service as the user directory, and engine-side authentication for {@code /engine-rest}. Together with the
 * {@code *.process} packages, the only place that imports {@code org.camunda}.
 */
package io.clearance.process;
