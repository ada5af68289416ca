/**
 * Posts: the Post aggregate with its immutable revisions, the screenings and review decisions bound to a
 * revision, and the transitions a post may take. Other modules use {@link io.clearance.posts.Posts}.
 */
package io.clearance.posts;
