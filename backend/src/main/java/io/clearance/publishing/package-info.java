/**
 * Publishing: the publisher SPI with one connector per platform ({@code mastodon}, {@code x}, {@code facebook},
 * {@code instagram}, {@code linkedin}, {@code youtube}) and the sandbox of the embedded set-up; connected accounts
 * with their tokens encrypted at rest; the record of every publication (what went out, where, under which id). A post
 * goes out once per account, however often the job is retried.
 */
package io.clearance.publishing;
