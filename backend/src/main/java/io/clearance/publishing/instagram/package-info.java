/** Connector for Instagram professional accounts (Graph API container, then media_publish). */
package io.clearance.publishing.instagram;
