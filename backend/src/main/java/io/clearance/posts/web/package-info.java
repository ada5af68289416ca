/** REST endpoints for posts. */
package io.clearance.posts.web;
