/** Connector for Facebook Pages (Graph API feed) and the Graph API error rules Instagram shares. */
package io.clearance.publishing.facebook;
