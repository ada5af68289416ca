/**
 * Publishing: the publisher SPI, the record of every publication with its idempotency key, and the sandbox
 * publisher of the embedded set-up. A post goes out once per platform, however often the job is retried.
 */
package io.clearance.publishing;
