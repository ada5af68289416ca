/**
 * The engine side of review: {@code post-approval.bpmn}'s ids and variables ({@link PostApprovalProcess}), one
 * delegate per service task, and the adapters that give the rest of the application tasks and process control.
 */
package io.clearance.review.process;
