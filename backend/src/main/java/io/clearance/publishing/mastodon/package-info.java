/** Connector for Mastodon instances (statuses API with Idempotency-Key). */
package io.clearance.publishing.mastodon;
