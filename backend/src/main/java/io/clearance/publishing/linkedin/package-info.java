/** Connector for LinkedIn (Posts API, author URN). */
package io.clearance.publishing.linkedin;
