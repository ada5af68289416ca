/** Connector for X (API v2 posts). */
package io.clearance.publishing.x;
