/** Connector for YouTube (Data API v3 comment threads on a channel video). */
package io.clearance.publishing.youtube;
