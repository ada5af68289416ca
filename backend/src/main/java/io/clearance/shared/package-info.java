/** Small types every module shares: the domain exceptions the web layer turns into problem details. */
package io.clearance.shared;
