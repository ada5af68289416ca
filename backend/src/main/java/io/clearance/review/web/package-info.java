/** REST endpoints of the review inbox. */
package io.clearance.review.web;
